import KartrekkerCore

/// The questions the commands and screens ask, answered by reading only the months they need.
extension DataStore {
    /// The leaderboard of `period`, reading the period and the one before it.
    public func leaderboard(_ period: Period, filter: LeaderboardFilter = LeaderboardFilter(),
                            top: Int? = nil) throws -> Leaderboard {
        let employees = try self.employees()
        // Whole months come from their summaries; only the months a period cuts are decoded.
        return Leaderboard(period: period, filter: filter, top: top, employees: employees,
                           totals: try contributionTotals(in: period.range, filter: filter),
                           previousTotals: try period.previous.map { try contributionTotals(in: $0.range, filter: filter) } ?? [:],
                           recognitionCounts: try recognitionCounts(in: period.range))
    }

    /// Who deserves recognition at `at`. Recognitions are read month by month back from `at`
    /// only until everyone who might be nudged has their latest one.
    public func nudges(at: CalendarDate) throws -> Nudges {
        let employees = try self.employees()
        let window = Nudges.scoreWindow(at: at)
        let scores = try contributionTotals(in: window, filter: LeaderboardFilter()).mapValues(\.score)
        let latest = try latestRecognitions(upTo: at, of: Set(scores.filter { $0.value > 0 }.keys))
        return Nudges(at: at, employees: employees, scores: scores, latestRecognitions: latest)
    }

    /// Everything recorded about one employee, oldest first.
    public func history(of employeeID: String) throws -> (contributions: [Contribution], recognitions: [Recognition]) {
        (try contributions().filter { $0.employeeId == employeeID },
         try recognitions().filter { $0.employeeId == employeeID })
    }
}
