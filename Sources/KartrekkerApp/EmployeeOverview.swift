import KartrekkerCore

/// One employee as the Employees screen lists them: who, this month's score, and when they
/// last contributed and were last recognized.
public struct EmployeeOverview: Sendable, Identifiable {
    public let employee: Employee
    public let monthScore: Int
    public let lastContribution: CalendarDate?
    public let lastRecognition: CalendarDate?

    public var id: String { employee.id }
}
