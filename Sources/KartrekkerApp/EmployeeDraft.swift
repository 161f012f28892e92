import KartrekkerCore

/// What a user typed for a new employee, or the fields to change of an existing one (`nil`
/// leaves a field as it is; an empty role or e-mail clears it when editing).
public struct EmployeeDraft: Sendable {
    public var name: String?
    public var team: String?
    public var role: String?
    public var email: String?
    public var startDate: CalendarDate?
    /// Whether the person is shown on boards and in recaps (`nil`: unchanged, or on for a new one).
    public var onBoard: Bool?
    /// How the person likes to be praised (`nil`: unchanged, or in public for a new one).
    public var praise: Visibility?

    public init(name: String? = nil, team: String? = nil, role: String? = nil, email: String? = nil,
                startDate: CalendarDate? = nil, onBoard: Bool? = nil, praise: Visibility? = nil) {
        self.name = name
        self.team = team
        self.role = role
        self.email = email
        self.startDate = startDate
        self.onBoard = onBoard
        self.praise = praise
    }
}
