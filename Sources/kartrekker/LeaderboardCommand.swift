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
    @OptionGroup var days: PeriodOptions
    @Option(help: "Only this team.") var team: String?
    @Option(help: "Only contributions tagged with this brand value count.") var value: String?
    @Option(help: "Only this category counts.") var category: Category?
    @Option(name: .customLong("contact-moment"), help: ArgumentHelp("Only contributions made in this contact moment count.", valueName: "moment"))
    var contactMoment: String?
    @Option(parsing: .unconditional, help: "Keep the rows ranked N or better (ties included).") var top: Int?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        if let top, top < 1 { throw UsageWording.error("--top must be at least 1: the number of ranks to keep", nl: "--top moet minstens 1 zijn: het aantal plaatsen dat blijft") }
    }

    func run() throws {
        let session = try global.session()
        let period = try days.period(in: session)
        let board = try session.leaderboard(LeaderboardRequest(period: period, team: team, value: value,
                                                               category: category, top: top, contactMoment: contactMoment))
        // A period (or the one it is compared with) that reaches before purged records says so,
        // rather than show a quietly smaller number.
        let purged = session.purgeNotice(for: period.range) ?? period.previous.flatMap { session.purgeNotice(for: $0.range) }
        // What the organisation agreed the boards show, in every format.
        let mode = try session.settings().board
        switch format {
        case .json: Console.emit(JSONWriter.string(LeaderboardCommand.shape(board, mode: mode)), session)
        case .csv:
            let shaped = LeaderboardCommand.rows(board, mode: mode)
            Console.emit(CSVTable.string(keys: shaped.keys, records: shaped.rows, escapingForTerminal: true), session)
        case .table:
            let table = LeaderboardTable(board: board, unicode: Console.unicodeAllowed, width: Console.terminalWidth, mode: mode).rendered()
            let hidden = board.notShown == 0 ? ""
                : "\n\n\(board.notShown == 1 ? "1 person is" : "\(board.notShown) people are") not shown: they asked to be left off boards."
            Console.emit(table + hidden + (purged.map { "\n\nNote: \($0); nothing from before then is counted." } ?? ""), session)
        }
        if format != .table, let purged { Console.printError("note: \(purged); nothing from before then is counted") }
    }

    /// The board's rows as the setting lets them out: all of them with points; without the
    /// scores for ranks; the teams' for teams.
    static func rows(_ board: Leaderboard, mode: BoardMode) -> (keys: [String], rows: [OutputValue]) {
        switch mode {
        case .points:
            return (OutputShape.leaderboardRowKeys, board.rows.map(OutputShape.leaderboardRow))
        case .ranks:
            let hidden: Set<String> = ["score", "previousScore"]
            let keys = OutputShape.leaderboardRowKeys.filter { !hidden.contains($0) }
            return (keys, board.rows.map { row in
                guard case .object(let fields) = OutputShape.leaderboardRow(row) else { return OutputShape.leaderboardRow(row) }
                return .object(fields.filter { !hidden.contains($0.key) })
            })
        case .teams:
            return (["rank", "team", "people", "score", "contributions", "previousRank"], TeamBoard(board).rows.map { row in
                .object([.init("rank", .int(row.rank)), .init("team", .string(row.team)), .init("people", .int(row.people)),
                         .init("score", .int(row.score)), .init("contributions", .int(row.contributions)),
                         .init("previousRank", .optional(row.previousRank))])
            })
        }
    }

    /// The board as JSON, as the setting lets it out.
    static func shape(_ board: Leaderboard, mode: BoardMode) -> OutputValue {
        guard mode != .points, case .object(let fields) = OutputShape.leaderboard(board) else { return OutputShape.leaderboard(board) }
        return .object(fields.filter { $0.key != "rows" } + [.init("board", .string(mode.rawValue)), .init("rows", .array(rows(board, mode: mode).rows))])
    }
}
