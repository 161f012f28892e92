/// A work anniversary: one of the Dutch jubilea, 1, 5, 10, 12½, 25 or 40 years in service,
/// counted from the employee's start date.
public struct Milestone: Hashable, Sendable {
    /// The jubilea, in months of service (12½ years is 150 months).
    public static let jubilea = [12, 60, 120, 150, 300, 480]
    /// How far ahead the dashboard and `nudges` look.
    public static let lookahead = 14

    public let employee: Employee
    /// The anniversary itself.
    public let date: CalendarDate
    /// Months of service on `date`: one of `jubilea`.
    public let months: Int

    public init(employee: Employee, date: CalendarDate, months: Int) {
        self.employee = employee
        self.date = date
        self.months = months
    }

    /// Whole years of service (12 for 12½).
    public var years: Int { months / 12 }
    /// Whether the milestone is a half year (12½).
    public var isHalfYear: Bool { months % 12 != 0 }

    /// The day `months` months after `start`: the same day of the month, or the month's last
    /// day where it has none (a start on 31 August has its 12½ years on 28 or 29 February).
    public static func anniversary(of start: CalendarDate, months: Int) -> CalendarDate {
        let first = start.firstOfMonth(adding: months)
        return CalendarDate(year: first.year, month: first.month,
                            day: min(start.day, CalendarDate.daysIn(month: first.month, year: first.year)))!
    }

    /// `employee`'s jubilea dated in `range`, soonest first.
    public static func milestones(of employee: Employee, in range: DateRange) -> [Milestone] {
        guard let start = employee.startDate else { return [] }
        return jubilea.map { Milestone(employee: employee, date: anniversary(of: start, months: $0), months: $0) }
            .filter { range.contains($0.date) }
    }

    /// Every jubileum of the active people among `employees` dated in `range`, soonest first
    /// (then by name, then id).
    public static func milestones(of employees: [Employee], in range: DateRange) -> [Milestone] {
        employees.filter { !$0.archived }.flatMap { milestones(of: $0, in: range) }.sorted {
            ($0.date, $0.employee.name, $0.employee.id) < ($1.date, $1.employee.name, $1.employee.id)
        }
    }

    /// The jubilea of the coming `lookahead` days, today included.
    public static func coming(of employees: [Employee], at today: CalendarDate) -> [Milestone] {
        milestones(of: employees, in: DateRange(from: today, to: today.adding(days: lookahead))!)
    }
}
