import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerExchange

struct ImportEmployees: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "employees", abstract: "Import employees from a CSV file (e.g. an HR export).",
        discussion: """
            The header names the columns, in English or Dutch and in any order: name/naam and \
            team (required), role/functie, email/e-mail, start/startdatum (YYYY-MM-DD or DD-MM-YYYY). \
            Comma or semicolon, with or without a byte-order mark, LF or CRLF, quoted fields as \
            spreadsheet programs write them. All or nothing: one bad row and nothing is imported; \
            every bad row is named by its line. Names that exist already are skipped and counted.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Report what would happen; change nothing.") var dryRun = false

    func run() throws {
        let session = try global.session()
        let data = try Console.read(file)
        let outcome = try session.importEmployees(try EmployeeImport(data: data, file: file), dryRun: dryRun)
        var lines = outcome.skipped.map { "skipped line \($0.line): \(SafeText.escaped($0.employee.name)) exists already" }
        if !outcome.ignoredColumns.isEmpty {
            lines.append("ignored columns: " + outcome.ignoredColumns.map(SafeText.escaped).joined(separator: ", "))
        }
        let count = "\(outcome.added.count) employee\(outcome.added.count == 1 ? "" : "s")"
        let skippedText = outcome.skipped.isEmpty ? "" : "; skipped \(outcome.skipped.count) whose name exists already"
        let name = SafeText.escaped(file)
        lines.append(dryRun ? "Would import \(count) from \(name)\(skippedText) (dry run: nothing was changed)."
                            : "Imported \(count) from \(name)\(skippedText).")
        Console.emit(lines.joined(separator: "\n"), session)
    }
}
