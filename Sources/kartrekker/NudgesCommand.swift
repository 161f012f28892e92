import ArgumentParser
import KartrekkerCore

struct NudgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nudges", abstract: "Who deserves recognition: contributing, not recognized for over 30 days.",
        discussion: """
            Lists active employees with points in the 90 days up to the date whose latest \
            recognition is more than 30 days old (or who never had one), most points first.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The reference date (default today).", valueName: "date")) var at: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let context = try global.context()
        let nudges = try context.store.nudges(at: try context.date(at, option: "--at") ?? context.today)
        switch format {
        case .json: context.emit(JSONWriter.string(OutputShape.nudges(nudges)))
        case .csv:
            context.emit(CSVTable.string(keys: OutputShape.nudgeRowKeys, records: nudges.rows.map(OutputShape.nudgeRow),
                                         escapingForTerminal: true))
        case .table:
            guard !nudges.rows.isEmpty else {
                context.emit("Nobody is waiting for recognition on \(nudges.at): everyone who contributed lately was recognized.")
                return
            }
            var table = TextTable([.init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20), .init("90-DAY SCORE", .right),
                                   .init("LAST RECOGNIZED"), .init("DAYS", .right), .init("ID")])
            for row in nudges.rows {
                table.append([row.employee.name, row.employee.team, String(row.score),
                              row.lastRecognized?.description ?? "never",
                              row.daysSinceRecognition.map(String.init) ?? "", row.employee.id])
            }
            context.emit("Deserve recognition (at \(nudges.at))\n\n" + table.rendered())
        }
    }
}
