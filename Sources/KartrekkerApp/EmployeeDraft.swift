import KartrekkerCore

/// What a user typed for a new employee, or the fields to change of an existing one (`nil`
/// leaves a field as it is; an empty role or e-mail clears it when editing).
public struct EmployeeDraft: Sendable {
    public var name: String?
    public var team: String?
    public var role: String?
    public var email: String?
    public var startDate: CalendarDate?

    public init(name: String? = nil, team: String? = nil, role: String? = nil, email: String? = nil,
                startDate: CalendarDate? = nil) {
        self.name = name
        self.team = team
        self.role = role
        self.email = email
        self.startDate = startDate
    }
}
