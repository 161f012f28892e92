import KartrekkerCore

/// Employees as a list shows them: ordered by name, perhaps of one team.
public struct EmployeeList: Sendable {
    /// The team as spelled in the data, when the list is of one team.
    public let team: String?
    public let employees: [Employee]
}
