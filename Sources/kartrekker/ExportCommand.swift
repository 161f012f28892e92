import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerExchange

/// `kartrekker export`: the whole data set (the default), or the year's gifts for the salary
/// administration.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole data set to a folder (export --output DIR), or the year's gifts (export gifts).",
        subcommands: [ExportData.self, ExportGifts.self], defaultSubcommand: ExportData.self)
}

struct ExportData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data", abstract: "Write the whole data set to a folder, as CSV or JSON (the default of export).",
        discussion: """
            csv: employees.csv, contributions.csv, recognitions.csv and wishes.csv (header = the JSON \
            keys, lists joined with ;; the fields added after the contract's shapes — contact moment, \
            story, decline reason, amount — as further columns where any record holds one). json: \
            kartrekker.json with all the lists. Files are 0600; existing files are refused unless --force.
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
        if format == .json && dialect != .rfc4180 { throw UsageWording.error("--dialect is for CSV; leave it out with --format json", nl: "--dialect is voor CSV; laat het weg bij --format json") }
    }

    func run() throws {
        let session = try global.session()
        try session.refuseExportInside(output)
        let folder = URL(fileURLWithPath: output)
        let names = format == .json ? [DataExport.jsonFileName] : DataExport.csvFileNames
        if !force, let existing = names.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) {
            throw KartrekkerError("\(SafeText.escaped(folder.appendingPathComponent(existing).path)) exists; add --force to overwrite",
                                  nl: "\(SafeText.escaped(folder.appendingPathComponent(existing).path)) bestaat al; voeg --force toe om het te overschrijven")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw KartrekkerError("cannot create \(SafeText.escaped(output)): \((error as NSError).localizedDescription)",
                                  nl: "\(SafeText.escaped(output)) kan niet gemaakt worden: \(SystemErrorText.text(error, in: .dutch))")
        }
        Console.status("Exporting…")
        defer { Console.clearStatus() }
        // A month at a time into files put in place only when whole: memory stays flat.
        let employees = try session.employees(includeArchived: true).employees
        var counts = (contributions: 0, recognitions: 0)
        var files: [StreamingFile] = []
        do {
            if format == .json {
                let file = try StreamingFile(folder.appendingPathComponent(DataExport.jsonFileName).path, force: force)
                files.append(file)
                try file.write("{\n  \"exportedAt\": " + JSONWriter.string(.string(Instant(session.configuration.clock.now()).description)))
                try file.write(",\n  \"employees\": ")
                try writeArray(file) { item in try employees.forEach { try item(OutputShape.employee($0)) } }
                try file.write(",\n  \"contributions\": ")
                counts.contributions = try writeArray(file) { item in
                    try session.streamContributions { try item(OutputShape.contribution($0)) }
                }
                try file.write(",\n  \"recognitions\": ")
                counts.recognitions = try writeArray(file) { item in
                    try session.streamRecognitions { try item(OutputShape.recognition($0)) }
                }
                try file.write(",\n  \"wishes\": ")
                try writeArray(file) { item in try employees.forEach { try item(OutputShape.wishes($0)) } }
                try file.write("\n}\n")
            } else {
                /// One CSV file: its header, then a line per record `items` hands over.
                func csv(_ name: String, _ keys: [String], _ items: ((OutputValue) throws -> Void) throws -> Void) throws -> Int {
                    let file = try StreamingFile(folder.appendingPathComponent(name).path, force: force)
                    files.append(file)
                    try file.write(CSVTable.header(keys, dialect: dialect))
                    var count = 0
                    try items { record in
                        try file.write { CSVTable.appendLine(record, keys: keys, escapingForTerminal: false, dialect: dialect, to: &$0) }
                        count += 1
                    }
                    return count
                }
                _ = try csv(DataExport.csvFileNames[0], OutputShape.employeeKeys) { item in
                    try employees.forEach { try item(OutputShape.employee($0)) }
                }
                counts.contributions = try csv(DataExport.csvFileNames[1], try session.contributionColumns()) { item in
                    try session.streamContributions { try item(OutputShape.contribution($0)) }
                }
                counts.recognitions = try csv(DataExport.csvFileNames[2], try session.recognitionColumns()) { item in
                    try session.streamRecognitions { try item(OutputShape.recognition($0)) }
                }
                _ = try csv(DataExport.csvFileNames[3], OutputShape.wishesKeys) { item in
                    try employees.forEach { try item(OutputShape.wishes($0)) }
                }
            }
            for file in files { try file.finish() }
        } catch {
            for file in files { file.abandon() }
            throw error
        }
        Console.clearStatus()
        Console.emit("Exported " + Console.count(employees.count, "employee") + ", "
                     + Console.count(counts.contributions, "contribution") + " and "
                     + Console.count(counts.recognitions, "recognition") + " to "
                     + files.map { SafeText.escaped($0.path) }.joined(separator: ", "),
                     session)
    }

    /// A JSON array at the export's indent, its items given one at a time by `items` (which
    /// calls the function it is handed for each); returns how many there were.
    @discardableResult
    private func writeArray(_ file: StreamingFile, _ items: ((OutputValue) throws -> Void) throws -> Void) throws -> Int {
        var count = 0
        try items { item in
            try file.write(count == 0 ? "[\n    " : ",\n    ")
            try file.write { JSONWriter.appendElement(item, indent: 2, to: &$0) }
            count += 1
        }
        try file.write(count == 0 ? "[]" : "\n  ]")
        return count
    }
}
