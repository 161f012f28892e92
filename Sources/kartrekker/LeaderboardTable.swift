import Foundation
import KartrekkerApp
import KartrekkerCore

/// The leaderboard as the command line prints it: a title with the period in words, then rank,
/// name, team, score, a bar proportional to the score, and the change against the previous period.
struct LeaderboardTable {
    let board: Leaderboard
    let unicode: Bool
    /// The terminal's width, or `nil` when piped.
    var width: Int? = nil
    /// What the organisation agreed the board shows.
    var mode: BoardMode = .points

    static let barWidth = 20

    func rendered() -> String {
        var title = (mode == .teams ? "Teams · " : "Kartrekkers · ") + board.period.title
        if let range = board.period.range, board.period.kind != .custom { title += " (\(range.from) – \(range.to))" }
        if let team = board.filter.team { title += " · team " + team }
        if let value = board.filter.value { title += " · value " + value }
        if let category = board.filter.category { title += " · " + category.rawValue }
        if !unicode { title = title.replacingOccurrences(of: "·", with: "-").replacingOccurrences(of: "–", with: "-") }
        guard !board.rows.isEmpty else {
            return SafeText.escaped(title) + "\n\nNobody has points in this period yet. Record a contribution with:\n"
                + "  kartrekker log NAME --category smile --note \"what happened\""
        }
        if mode == .teams { return SafeText.escaped(title) + "\n\n" + teams(TeamBoard(board)) }
        let best = board.rows.map(\.score).max() ?? 1
        if mode == .ranks {
            // Ranks without points, as agreed: no score, no bar that shows its size.
            var table = TextTable([.init("RANK", .right), .init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20), .init("CHANGE")])
            for row in board.rows { table.append([String(row.rank), row.employee.name, row.employee.team, change(row)]) }
            return SafeText.escaped(title) + "\n\n" + table.rendered(width: width)
        }
        var table = TextTable([.init("RANK", .right), .init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20),
                               .init("SCORE", .right), .init("", maxWidth: LeaderboardTable.barWidth), .init("CHANGE")])
        for row in board.rows {
            table.append([String(row.rank), row.employee.name, row.employee.team, String(row.score),
                          bar(row.score, of: best), change(row)])
        }
        return SafeText.escaped(title) + "\n\n" + table.rendered(width: width)
    }

    private func teams(_ teams: TeamBoard) -> String {
        let best = teams.rows.map(\.score).max() ?? 1
        var table = TextTable([.init("RANK", .right), .init("TEAM", maxWidth: 32), .init("PEOPLE", .right), .init("SCORE", .right),
                               .init("", maxWidth: LeaderboardTable.barWidth), .init("CHANGE")])
        for row in teams.rows {
            let change = row.previousRank.map { previous in
                previous == row.rank ? "=" : previous > row.rank ? (unicode ? "▲" : "+") + String(previous - row.rank)
                                                                : (unicode ? "▼" : "-") + String(row.rank - previous)
            } ?? (board.period.previous == nil ? "" : "new")
            table.append([String(row.rank), row.team, String(row.people), String(row.score), bar(row.score, of: best), change])
        }
        return table.rendered(width: width)
    }

    private func bar(_ score: Int, of best: Int) -> String {
        Display.bar(score, of: best, width: LeaderboardTable.barWidth, unicode: unicode)
    }

    private func change(_ row: LeaderboardRow) -> String {
        Display.change(row, in: board.period, unicode: unicode)
    }
}
