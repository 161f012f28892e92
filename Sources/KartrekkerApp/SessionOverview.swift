import KartrekkerCore
import KartrekkerStore

extension Session {
    /// Every employee (archived ones too, marked) with this month's score and their latest
    /// contribution and recognition. Reads month files from the newest back, and stops once
    /// everyone's latest are found.
    public func employeeOverview() throws -> [EmployeeOverview] {
        let today = self.today
        let employees = try store.employees()
        let month = Period(.month, containing: today)
        var scores: [String: Int] = [:]
        for contribution in try store.contributions(in: month.range) {
            scores[contribution.employeeId, default: 0] += contribution.points
        }
        let lastContribution = try latest(Contribution.self, for: employees, upTo: today)
        let lastRecognition = try latest(Recognition.self, for: employees, upTo: today)
        return EmployeeDirectory(employees).sortedByName.map { employee in
            EmployeeOverview(employee: employee, monthScore: scores[employee.id] ?? 0,
                             lastContribution: lastContribution[employee.id], lastRecognition: lastRecognition[employee.id])
        }
    }

    /// The latest record date per employee, on or before `day`.
    private func latest<Record: MonthRecord>(_ kind: Record.Type, for employees: [Employee],
                                                  upTo day: CalendarDate) throws -> [String: CalendarDate] {
        var waiting = Set(employees.map(\.id))
        var found: [String: CalendarDate] = [:]
        for month in store.months(of: kind).reversed() where month <= day.monthKey {
            guard !waiting.isEmpty else { break }
            for record in try store.monthRecords(kind, month) where record.date <= day {
                if let known = found[record.employeeId], known >= record.date { continue }
                found[record.employeeId] = record.date
            }
            // Every record of an older month is older than what this month gave.
            for id in found.keys { waiting.remove(id) }
        }
        return found
    }
}
