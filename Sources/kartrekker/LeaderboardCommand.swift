import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard", abstract: "Who is pulling the cart: the kartrekkers of a period.",
        discussion: """
            Only people with points in the period are listed, ranked by score (ties share a rank). \
            CHANGE compares the rank with the previous period of the same kind.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "week, month, quarter, year or all (default month).") var period: PeriodKind?
    @Option(help: ArgumentHelp("A date in the period (default today).", valueName: "date")) var at: String?
    @Option(help: ArgumentHelp("Start of a custom range (with --to).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("End of a custom range (with --from).", valueName: "date")) var to: String?
    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only contributions tagged with this brand value count.") var value: String?
    @Option(help: "Only this category counts.") var category: Category?
    @Option(parsing: .unconditional, help: "Keep the rows ranked N or better (ties included).") var top: Int?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        if from != nil && (period != nil || at != nil) {
            throw ValidationError("--from/--to give a custom range; leave out --period and --at")
        }
        if period == .custom { throw ValidationError("for a custom range, give --from and --to") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1: the number of ranks to keep") }
    }

    func run() throws {
        let session = try global.session()
        let period = session.period(period, at: try session.date(at, field: "--at"),
                                    range: try session.range(from: from, to: to))
        let board = try session.leaderboard(LeaderboardRequest(period: period, team: team, value: value,
                                                               category: category, top: top))
        // A period (or the one it is compared with) that reaches before purged records says so,
        // rather than show a quietly smaller number.
        let purged = session.purgeNotice(for: period.range) ?? period.previous.flatMap { session.purgeNotice(for: $0.range) }
        switch format {
        case .json: Console.emit(JSONWriter.string(OutputShape.leaderboard(board)), session)
        case .csv:
            Console.emit(CSVTable.string(keys: OutputShape.leaderboardRowKeys, records: board.rows.map(OutputShape.leaderboardRow),
                                         escapingForTerminal: true), session)
        case .table:
            let table = LeaderboardTable(board: board, unicode: Console.unicodeAllowed, width: Console.terminalWidth).rendered()
            Console.emit(table + (purged.map { "\n\nNote: \($0); nothing from before then is counted." } ?? ""), session)
        }
        if format != .table, let purged { Console.printError("note: \(purged); nothing from before then is counted") }
    }
}
