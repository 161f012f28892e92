import KartrekkerCore
import KartrekkerPort
import KartrekkerStore

extension Session {
    /// The dashboard at today: the month so far against the same days of last month.
    public func dashboard(recentCount: Int = 20) throws -> Dashboard {
        let today = self.today
        let month = Period(.month, containing: today)
        let comparison = PeriodComparison(month, today: today)!
        let employees = try store.employees()
        // Whole months from their summaries, the twelve weeks from the record spans: the
        // dashboard decodes only the few newest records it lists and the days of last month
        // it compares with.
        // No record is dated after today (the dates are refused): the month so far is the whole
        // month, which its summary answers.
        let now = try store.figures(in: month.range!)
        let before = try comparison.previous.map { try store.figures(in: $0) } ?? PeriodFigures()
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let firstMonday = thisMonday.adding(days: -7 * (EmployeeStory.weeks - 1))
        var weekly = Array(repeating: 0, count: EmployeeStory.weeks)
        for (day, count) in try store.contributionsPerDay(in: DateRange(from: firstMonday, to: thisMonday.adding(days: 6))!) {
            weekly[firstMonday.days(to: day) / 7] += count
        }
        let settings = try store.settings()
        var dashboard = Dashboard(
            today: today,
            board: try store.leaderboard(month),
            nudges: settings.nudges ? try store.nudges(at: today) : Nudges(at: today, employees: [], scores: [:], latestRecognitions: [:]),
            recent: try activity(limit: recentCount),
            figures: Dashboard.Figure.compared(now, before),
            comparison: comparison,
            milestones: Milestone.coming(of: employees, at: today),
            activeEmployees: employees.filter { !$0.archived }.count,
            weeklyContributions: weekly)
        dashboard.settings = settings
        return dashboard
    }
}
