import KartrekkerCore

/// The gifts and bonuses of one calendar year that carry an amount, per person, for the salary
/// administration (which books them under the work-related costs scheme, the
/// werkkostenregeling): each person's gifts and total, and the organisation's total.
public struct GiftYear: Sendable {
    /// One person's gifts of the year.
    public struct Person: Sendable {
        public let employee: Employee
        /// Oldest first, as a payslip lists them.
        public let gifts: [Recognition]
        public var total: Euros { gifts.compactMap(\.amount).reduce(.zero, +) }
    }

    public let year: Int
    /// By name (archived people included: they were paid too).
    public let people: [Person]
    public var total: Euros { people.reduce(.zero) { $0 + $1.total } }
    public var giftCount: Int { people.reduce(0) { $0 + $1.gifts.count } }

    public init(year: Int, recognitions: [Recognition], employees: [Employee]) {
        self.year = year
        let paid = recognitions.filter { $0.date.year == year && $0.amount != nil }
        let byPerson = Dictionary(grouping: paid, by: \.employeeId)
        people = EmployeeDirectory(employees).sortedByName.compactMap { employee in
            byPerson[employee.id].map { gifts in
                Person(employee: employee, gifts: gifts.sorted { ($0.date, $0.id) < ($1.date, $1.id) })
            }
        }
    }
}
