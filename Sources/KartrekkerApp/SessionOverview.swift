import KartrekkerCore
import KartrekkerStore

extension Session {
    /// Every employee (archived ones too, marked) with this month's score and their latest
    /// contribution and recognition.
    public func employeeOverview() throws -> [EmployeeOverview] {
        let today = self.today
        let employees = try store.employees()
        let month = Period(.month, containing: today)
        let scores = try store.contributionTotals(in: month.range, filter: LeaderboardFilter())
        let everyone = Set(employees.map(\.id))
        let lastContribution = try store.latestDates(Contribution.self, upTo: today, of: everyone)
        let lastRecognition = try store.latestDates(Recognition.self, upTo: today, of: everyone)
        return EmployeeDirectory(employees).sortedByName.map { employee in
            EmployeeOverview(employee: employee, monthScore: scores[employee.id]?.score ?? 0,
                             lastContribution: lastContribution[employee.id], lastRecognition: lastRecognition[employee.id])
        }
    }
}
