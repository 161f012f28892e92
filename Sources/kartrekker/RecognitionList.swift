import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct RecognitionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List recognitions, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this employee (id, name or unique name prefix).") var employee: String?
    @Option(help: ArgumentHelp("Only from this date on.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Only up to this date.", valueName: "date")) var to: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let session = try global.session()
        if format != .table {
            let range = try session.range(from: from, to: to)
            let stream = OutputStream(format: format, keys: format == .csv ? try session.recognitionColumns() : OutputShape.recognitionKeys)
            try session.streamRecognitions(employee: employee, range: range) { stream.write(OutputShape.recognition($0)) }
            stream.finish()
            for warning in session.warnings { Console.printError("warning: " + warning.text(in: Console.language)) }
            return
        }
        let recognitions = try session.recognitions(employee: employee, range: try session.range(from: from, to: to))
        let directory = try session.employeeDirectory()
        Console.emit(Console.list(recognitions.map(OutputShape.recognition), keys: OutputShape.recognitionColumns(withExtras: recognitions.contains(where: \.needsVersion2)), format: format) {
            guard !recognitions.isEmpty else { return "No recognitions match." }
            var table = TextTable([.init("ID"), .init("DATE"), .init("EMPLOYEE", maxWidth: 28), .init("KIND"),
                                   .init("FOR", .right), .init("MESSAGE", maxWidth: 60)])
            for recognition in recognitions {
                table.append([recognition.id, recognition.date.description,
                              Display.name(directory[recognition.employeeId], fallback: recognition.employeeId),
                              Display.kind(recognition), String(recognition.contributionIds.count), recognition.message])
            }
            return table.rendered(width: Console.terminalWidth)
        }, session)
    }
}
