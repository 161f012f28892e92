import KartrekkerCore

/// The questions the commands and screens ask, answered by reading only the months they need.
extension DataStore {
    /// The leaderboard of `period`, reading the period and the one before it.
    public func leaderboard(_ period: Period, filter: LeaderboardFilter = LeaderboardFilter(),
                            top: Int? = nil) throws -> Leaderboard {
        let employees = try self.employees()
        var span = period.range
        if let range = period.range, let previous = period.previous?.range {
            span = DateRange(from: previous.from, to: range.to)
        }
        return Leaderboard(period: period, filter: filter, top: top, employees: employees,
                           contributions: try contributions(in: span), recognitions: try recognitions(in: period.range))
    }

    /// Who deserves recognition at `at`. Recognitions are read month by month back from `at`
    /// only until everyone who might be nudged has their latest one.
    public func nudges(at: CalendarDate) throws -> Nudges {
        let employees = try self.employees()
        let contributions = try self.contributions(in: Nudges.scoreWindow(at: at))
        var waiting = Set(contributions.map(\.employeeId))
        var recognitions: [Recognition] = []
        for month in months(of: Recognition.self).reversed() where month <= at.monthKey {
            guard !waiting.isEmpty else { break }
            for recognition in try monthRecords(Recognition.self, month) where recognition.date <= at {
                recognitions.append(recognition)
                waiting.remove(recognition.employeeId)
            }
        }
        return Nudges(at: at, employees: employees, contributions: contributions, recognitions: recognitions)
    }

    /// Everything recorded about one employee, oldest first.
    public func history(of employeeID: String) throws -> (contributions: [Contribution], recognitions: [Recognition]) {
        (try contributions().filter { $0.employeeId == employeeID },
         try recognitions().filter { $0.employeeId == employeeID })
    }
}
