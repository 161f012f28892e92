import ArgumentParser
import KartrekkerCore

struct RecognitionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List recognitions, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this employee (id, name or unique name prefix).") var employee: String?
    @Option(help: ArgumentHelp("Only from this date on.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Only up to this date.", valueName: "date")) var to: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let context = try global.context()
        let range = try context.range(from: from, to: to)
        let directory = try context.store.employeeDirectory()
        let person = try employee.map { try directory.resolve($0) }
        let recognitions = try Ordering.newestFirst(context.store.recognitions(in: range).filter {
            person == nil || $0.employeeId == person!.id
        })
        context.emit(Printer.list(recognitions.map(OutputShape.recognition), keys: OutputShape.recognitionKeys, format: format) {
            guard !recognitions.isEmpty else { return "No recognitions match." }
            var table = TextTable([.init("ID"), .init("DATE"), .init("EMPLOYEE", maxWidth: 28), .init("KIND"),
                                   .init("FOR", .right), .init("MESSAGE", maxWidth: 60)])
            for recognition in recognitions {
                table.append([recognition.id, recognition.date.description,
                              Printer.name(directory[recognition.employeeId], fallback: recognition.employeeId),
                              recognition.kind.rawValue + (recognition.visibility == .private ? " (private)" : ""),
                              String(recognition.contributionIds.count), recognition.message])
            }
            return table.rendered()
        })
    }
}
