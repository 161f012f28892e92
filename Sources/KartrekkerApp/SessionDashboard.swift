import KartrekkerCore

extension Session {
    /// The dashboard's figures at today: the month so far against the whole of last month.
    public func dashboard(recentCount: Int = 20) throws -> Dashboard {
        let today = self.today
        let month = Period(.month, containing: today)
        let previous = month.previous ?? month
        let employees = try store.employees()
        let weeksStart = today.adding(days: 1 - today.isoWeekday - 7 * (EmployeeStory.weeks - 1))
        let from = min(previous.range!.from, weeksStart)
        let contributions = try store.contributions(in: DateRange(from: from, to: month.range!.to))
        let recognitions = try store.recognitions(in: DateRange(from: previous.range!.from, to: month.range!.to))
        func figures(_ period: Period) -> [Dashboard.Figure.Kind: Int] {
            let inPeriod = contributions.filter { period.contains($0.date) }
            return [
                .contributions: inPeriod.count,
                .recognitions: recognitions.filter { period.contains($0.date) }.count,
                .contributing: Set(inPeriod.map(\.employeeId)).count,
                .ideasAdopted: inPeriod.filter { $0.ideaStatus == .adopted || $0.ideaStatus == .implemented }.count,
            ]
        }
        let now = figures(month)
        let before = figures(previous)
        return Dashboard(
            today: today,
            board: Leaderboard(period: month, employees: employees, contributions: contributions,
                               recognitions: recognitions),
            nudges: try store.nudges(at: today),
            recent: try activity(limit: recentCount),
            figures: Dashboard.Figure.Kind.allCases.map { Dashboard.Figure(kind: $0, value: now[$0] ?? 0, previous: before[$0] ?? 0) },
            activeEmployees: employees.filter { !$0.archived }.count,
            weeklyContributions: EmployeeStory.weekly(contributions, weeks: EmployeeStory.weeks, endingAt: today) { _ in 1 })
    }
}
