import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerExchange

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole data set to a folder, as CSV or JSON.",
        discussion: """
            csv: employees.csv, contributions.csv and recognitions.csv (header = the JSON keys, \
            lists joined with ;). json: kartrekker.json with all three lists. Files are 0600; \
            existing files are refused unless --force.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The folder to write to (created if missing).", valueName: "dir")) var output: String
    @Option(help: "csv or json.") var format: Format = .csv
    @Option(help: "rfc4180 (exact, for programs) or excel-nl (; separated, for Dutch Excel; no cell runs as a formula).")
    var dialect: CSVTable.Dialect = .rfc4180
    @Flag(help: "Overwrite existing files.") var force = false

    func validate() throws {
        if format == .json && dialect != .rfc4180 { throw ValidationError("--dialect is for CSV; leave it out with --format json") }
    }

    func run() throws {
        let session = try global.session()
        try session.refuseExportInside(output)
        Console.status("Reading every record…")
        let export: DataExport
        do {
            export = try session.exportAll()
            Console.clearStatus()
        } catch {
            Console.clearStatus()
            throw error
        }
        let files: [(name: String, contents: String)] = format == .json
            ? [(DataExport.jsonFileName, export.json(exportedAt: session.configuration.clock.now()))] : export.csvFiles(dialect: dialect)
        let folder = URL(fileURLWithPath: output)
        if !force, let existing = files.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.name).path) }) {
            throw KartrekkerError("\(SafeText.escaped(folder.appendingPathComponent(existing.name).path)) exists; add --force to overwrite")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw KartrekkerError("cannot create \(SafeText.escaped(output)): \((error as NSError).localizedDescription)")
        }
        for file in files {
            try ExportFile.write(Data(file.contents.utf8), to: folder.appendingPathComponent(file.name).path, force: force)
        }
        Console.emit("Exported " + Console.count(export.employees.count, "employee") + ", "
                     + Console.count(export.contributions.count, "contribution") + " and "
                     + Console.count(export.recognitions.count, "recognition") + " to "
                     + files.map { SafeText.escaped(folder.appendingPathComponent($0.name).path) }.joined(separator: ", "),
                     session)
    }
}
