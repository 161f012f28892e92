import Foundation
import KartrekkerCore

/// The leaderboard as the command line prints it: a title with the period in words, then rank,
/// name, team, score, a bar proportional to the score, and the change against the previous period.
struct LeaderboardTable {
    let board: Leaderboard
    let unicode: Bool

    static let barWidth = 20

    func rendered() -> String {
        var title = "Kartrekkers · " + board.period.title
        if let range = board.period.range, board.period.kind != .custom { title += " (\(range.from) – \(range.to))" }
        if let team = board.filter.team { title += " · team " + team }
        if let value = board.filter.value { title += " · value " + value }
        if let category = board.filter.category { title += " · " + category.rawValue }
        if !unicode { title = title.replacingOccurrences(of: "·", with: "-").replacingOccurrences(of: "–", with: "-") }
        guard !board.rows.isEmpty else {
            return SafeText.escaped(title) + "\n\nNobody has points in this period yet. Record a contribution with:\n"
                + "  kartrekker log NAME --category smile --note \"what happened\""
        }
        let best = board.rows.map(\.score).max() ?? 1
        var table = TextTable([.init("RANK", .right), .init("NAME", maxWidth: 32), .init("TEAM", maxWidth: 20),
                               .init("SCORE", .right), .init("", maxWidth: LeaderboardTable.barWidth), .init("CHANGE")])
        for row in board.rows {
            table.append([String(row.rank), row.employee.name, row.employee.team, String(row.score),
                          bar(row.score, of: best), change(row)])
        }
        return SafeText.escaped(title) + "\n\n" + table.rendered()
    }

    /// A bar of up to `barWidth` columns, in eighths of a block where Unicode is allowed.
    private func bar(_ score: Int, of best: Int) -> String {
        let eighths = best > 0 ? (score * LeaderboardTable.barWidth * 8 + best / 2) / best : 0
        guard unicode else { return String(repeating: "#", count: max(1, (eighths + 4) / 8)) }
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let full = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
        return full.isEmpty ? "▏" : full
    }

    private func change(_ row: LeaderboardRow) -> String {
        guard board.period.previous != nil else { return "" }
        switch row.movement {
        case .new: return "new"
        case .same: return "="
        case .up(let steps): return (unicode ? "▲" : "+") + String(steps)
        case .down(let steps): return (unicode ? "▼" : "-") + String(steps)
        }
    }
}
