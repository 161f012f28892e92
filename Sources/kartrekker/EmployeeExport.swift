import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore

struct EmployeeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Everything stored about one person, as JSON (for a request under the GDPR/AVG).",
        discussion: "Prints to standard output, or writes FILE (mode 0600; an existing file is refused without --force).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite FILE if it exists.") var force = false

    func run() throws {
        let session = try global.session()
        if let output { try session.refuseExportInside(output) }
        let export = try session.personalExport(of: employee)
        guard let output else {
            Console.emit(export.json, session)
            return
        }
        try ExportFile.write(Data(export.json.utf8), to: output, force: force)
        // On standard output, as `export` says it: standard output holds nothing else here.
        Console.emit("Exported \(SafeText.escaped(export.employee.name)) to \(SafeText.escaped(output))", session)
    }
}
