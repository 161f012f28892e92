import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct NudgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nudges", abstract: "Who deserves recognition: contributing, not recognized for over 30 days.",
        discussion: """
            Lists active employees with points in the 90 days up to the date whose latest \
            recognition is more than 30 days old (or who never had one), most points first; \
            then the work anniversaries (1, 5, 10, 12½, 25 and 40 years in service) of the \
            14 days from the date. JSON has them under "milestones" (months of service: 150 \
            for 12½ years); CSV lists the nudges only.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The reference date (default today).", valueName: "date")) var at: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let session = try global.session()
        try session.requireNudges()
        let day = try session.date(at, field: "--at")
        let nudges = try session.nudges(at: day)
        let milestones = try session.milestones(at: day)
        switch format {
        case .json: Console.emit(JSONWriter.string(OutputShape.nudges(nudges, milestones: milestones)), session)
        case .csv:
            Console.emit(CSVTable.string(keys: OutputShape.nudgeRowKeys, records: nudges.rows.map(OutputShape.nudgeRow),
                                         escapingForTerminal: true), session)
        case .table:
            Console.emit(NudgesCommand.nudgesText(nudges) + "\n\n" + NudgesCommand.milestonesText(milestones, at: nudges.at), session)
        }
    }

    static func nudgesText(_ nudges: Nudges) -> String {
            guard !nudges.rows.isEmpty else {
                return "Nobody is waiting for recognition on \(nudges.at): everyone who contributed lately was recognized."
            }
            var table = TextTable([.init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20), .init("90-DAY SCORE", .right),
                                   .init("LAST RECOGNIZED"), .init("DAYS", .right), .init("ID")])
            for row in nudges.rows {
                table.append([row.employee.name, row.employee.team, String(row.score),
                              row.lastRecognized?.description ?? "never",
                              row.daysSinceRecognition.map(String.init) ?? "", row.employee.id])
            }
            return "Deserve recognition (at \(nudges.at))\n\n" + table.rendered(width: Console.terminalWidth)
    }

    static func milestonesText(_ milestones: [Milestone], at day: CalendarDate) -> String {
        let end = day.adding(days: Milestone.lookahead)
        guard !milestones.isEmpty else { return "No work anniversaries from \(day) to \(end)." }
        var table = TextTable([.init("DATE"), .init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20), .init("YEARS", .right),
                               .init("STARTED"), .init("ID")])
        for milestone in milestones {
            table.append([milestone.date.description, milestone.employee.name, milestone.employee.team,
                          Display.years(milestone), milestone.employee.startDate?.description ?? "", milestone.employee.id])
        }
        return "Work anniversaries from \(day) to \(end)\n\n" + table.rendered(width: Console.terminalWidth)
    }
}
