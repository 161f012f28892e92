/// Who is pulling the cart: employees ranked by score over a period.
///
/// Only employees with a positive score appear: the board celebrates, it never shames.
public struct Leaderboard: Hashable, Sendable {
    public let period: Period
    public let filter: LeaderboardFilter
    public let rows: [LeaderboardRow]
    /// People with points in the period who asked to be left off boards (`Employee.onBoard`):
    /// the board says how many, never who.
    public let notShown: Int

    /// Ranks `employees` over `period`. `contributions` and `recognitions` may hold more than
    /// the period (the previous period is computed from them too); archived employees and
    /// employees outside the team filter are left out. `top` keeps rows ranked ≤ `top`,
    /// all of a tie included.
    public init(period: Period, filter: LeaderboardFilter = LeaderboardFilter(), top: Int? = nil,
                employees: [Employee], contributions: [Contribution], recognitions: [Recognition]) {
        var recognitionCounts: [String: Int] = [:]
        for recognition in recognitions where period.contains(recognition.date) {
            recognitionCounts[recognition.employeeId, default: 0] += 1
        }
        self.init(period: period, filter: filter, top: top, employees: employees,
                  totals: Leaderboard.totals(contributions, period, filter),
                  previousTotals: period.previous.map { Leaderboard.totals(contributions, $0, filter) } ?? [:],
                  recognitionCounts: recognitionCounts)
    }

    /// Ranks from totals already added up (by the store, from summaries): the same rules,
    /// whatever the totals came from. `totals` and `previousTotals` hold each employee's
    /// score under the filter's value and category in the period and the one before it;
    /// `recognitionCounts` the recognitions dated in the period.
    public init(period: Period, filter: LeaderboardFilter = LeaderboardFilter(), top: Int? = nil, employees: [Employee],
                totals: [String: ScoreTotal], previousTotals: [String: ScoreTotal], recognitionCounts: [String: Int]) {
        self.period = period
        self.filter = filter
        let teamKey = filter.team?.folded
        let teamKeys = teamKey == nil ? [] : TextFolding.folded(employees.map(\.team))
        let inTeam = employees.indices.filter { !employees[$0].archived && (teamKey == nil || teamKeys[$0] == teamKey) }
            .map { employees[$0] }
        let eligible = inTeam.filter(\.onBoard)
        notShown = inTeam.count { !$0.onBoard && (totals[$0.id]?.score ?? 0) > 0 }
        let previous = period.previous == nil ? [] : Leaderboard.ranked(eligible, previousTotals)
        let previousByID = Dictionary(previous.map { ($0.employee.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows = Leaderboard.ranked(eligible, totals).map { row in
            LeaderboardRow(rank: row.rank, employee: row.employee, score: row.score, contributions: row.count,
                           recognitions: recognitionCounts[row.employee.id] ?? 0,
                           previousRank: previousByID[row.employee.id]?.rank,
                           previousScore: previousByID[row.employee.id]?.score)
        }
        if let top { rows = rows.filter { $0.rank <= top } }
        self.rows = rows
    }

    /// Each employee's total over `period` under the value and category filters.
    public static func totals(_ contributions: [Contribution], _ period: Period, _ filter: LeaderboardFilter) -> [String: ScoreTotal] {
        var totals: [String: ScoreTotal] = [:]
        for contribution in contributions where period.contains(contribution.date) && filter.counts(contribution) {
            totals[contribution.employeeId, default: ScoreTotal()] += ScoreTotal(score: contribution.points, count: 1)
        }
        return totals
    }

    private struct Ranked {
        let rank: Int
        let employee: Employee
        let score: Int
        let count: Int
    }

    private static func ranked(_ employees: [Employee], _ totals: [String: ScoreTotal]) -> [Ranked] {
        var present: [Int] = []
        var scores: [ScoreTotal] = []
        for (index, employee) in employees.enumerated() {
            guard let entry = totals[employee.id], entry.score > 0 else { continue }
            present.append(index)
            scores.append(entry)
        }
        let names = TextFolding.folded(present.map { employees[$0].name })
        // Positions are sorted, not the employees themselves (each a handful of strings): a
        // board of a thousand people is sorted twice per question.
        let order = present.indices.sorted { a, b in
            if scores[a].score != scores[b].score { return scores[a].score > scores[b].score }
            if names[a] != names[b] { return names[a] < names[b] }
            return employees[present[a]].id < employees[present[b]].id
        }
        var result: [Ranked] = []
        result.reserveCapacity(order.count)
        for (offset, position) in order.enumerated() {
            let score = scores[position].score
            let rank = offset > 0 && result[offset - 1].score == score ? result[offset - 1].rank : offset + 1
            result.append(Ranked(rank: rank, employee: employees[present[position]], score: score, count: scores[position].count))
        }
        return result
    }
}
