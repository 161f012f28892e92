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
        let session = try global.session()
        try session.requireNudges()
        let nudges = try session.nudges(at: try session.date(at, field: "--at"))
        switch format {
        case .json: Console.emit(JSONWriter.string(OutputShape.nudges(nudges)), session)
        case .csv:
            Console.emit(CSVTable.string(keys: OutputShape.nudgeRowKeys, records: nudges.rows.map(OutputShape.nudgeRow),
                                         escapingForTerminal: true), session)
        case .table:
            guard !nudges.rows.isEmpty else {
                Console.emit("Nobody is waiting for recognition on \(nudges.at): everyone who contributed lately was recognized.", session)
                return
            }
            var table = TextTable([.init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20), .init("90-DAY SCORE", .right),
                                   .init("LAST RECOGNIZED"), .init("DAYS", .right), .init("ID")])
            for row in nudges.rows {
                table.append([row.employee.name, row.employee.team, String(row.score),
                              row.lastRecognized?.description ?? "never",
                              row.daysSinceRecognition.map(String.init) ?? "", row.employee.id])
            }
            Console.emit("Deserve recognition (at \(nudges.at))\n\n" + table.rendered(width: Console.terminalWidth), session)
        }
    }
}
