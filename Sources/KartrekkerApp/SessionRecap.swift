import KartrekkerCore
import KartrekkerPort

/// The team meeting's recap (`Recap`): for the UI's `m`, and `kartrekker recap`.
extension Session {
    /// The recap of `period` (its days up to today while it runs), of one team where `team`
    /// names one.
    public func recap(_ period: Period, team: String? = nil) throws -> Recap {
        let today = self.today
        let days = self.days(of: period)
        let comparison = PeriodComparison(period, today: today)
        let resolved = try team.map { try store.employeeDirectory().team(matching: $0) }
        // The figures count everyone's work (archived people's too, as the dashboard does); by
        // name only the active people who want to be shown.
        let everyone = try store.employees().filter { resolved == nil || $0.team == resolved }
        let shown = everyone.filter { !$0.archived && $0.onBoard && $0.praise == .public }
        let people = Dictionary(shown.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(everyone.map(\.id))

        let contributions = try store.records(Contribution.self, in: days).filter { ids.contains($0.employeeId) }
        let recognitions = try store.records(Recognition.self, in: days).filter { ids.contains($0.employeeId) }
        let recognized = Set(recognitions.flatMap(\.contributionIds))

        let before = try comparison?.previous.map { range in
            (try store.records(Contribution.self, in: range).filter { ids.contains($0.employeeId) },
             try store.records(Recognition.self, in: range).filter { ids.contains($0.employeeId) })
        }
        // The board among the people shown, from the records read: ranks as they stand
        // without those left out.
        let filter = LeaderboardFilter(team: resolved)
        var received: [String: Int] = [:]
        for recognition in recognitions { received[recognition.employeeId, default: 0] += 1 }
        let board = Leaderboard(period: period, filter: filter, top: nil, employees: shown,
                                totals: Leaderboard.totals(contributions, Period(custom: days), filter),
                                previousTotals: comparison?.previous.map { Leaderboard.totals(before?.0 ?? [], Period(custom: $0), filter) } ?? [:],
                                recognitionCounts: received)
        // Who contributed but is left out at their wish: counted, never named.
        let active = Set(everyone.filter { !$0.archived }.map(\.id))
        let hidden = Set(contributions.map(\.employeeId)).filter { people[$0] == nil && active.contains($0) }

        let now = PeriodFigures(contributions: contributions, recognitions: recognitions)
        let earlier = before.map { PeriodFigures(contributions: $0.0, recognitions: $0.1) } ?? PeriodFigures()
        let ideas = Ordering.newestFirst(contributions.filter { $0.ideaStatus?.isTakenUp == true && people[$0.employeeId] != nil })
        let given = Ordering.newestFirst(recognitions.filter { $0.visibility == .public && people[$0.employeeId] != nil })
        var recap = Recap(
            period: period, comparison: comparison, days: days, team: resolved, today: today,
            kartrekkers: Array(board.rows.prefix { $0.rank <= Recap.kartrekkerCount }),
            stories: Recap.stories(contributions, recognized: recognized, people: people),
            ideas: ideas.prefix(Recap.listCount).map { Recap.Idea(contribution: $0, employee: people[$0.employeeId]!) },
            recognitions: given.prefix(Recap.listCount).map { Recap.Given(recognition: $0, employee: people[$0.employeeId]!) },
            milestones: Milestone.coming(of: shown, at: today),
            figures: Dashboard.Figure.compared(now, earlier),
            notShown: hidden.count)
        recap.ideaTotal = ideas.count
        recap.recognitionTotal = given.count
        recap.board = try store.settings().board
        if recap.board == .teams { recap.teams = TeamBoard(board).rows }
        return recap
    }
}
