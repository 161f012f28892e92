import KartrekkerCore

/// Which activity to show: everything, or only one kind, team, category, employee or range.
public struct ActivityFilter: Sendable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        case contributions, recognitions
    }

    public var kind: Kind?
    /// A team name as spelled in the data.
    public var team: String?
    /// Only contributions of this category (recognitions are left out when set).
    public var category: Category?
    public var employeeID: String?
    public var range: DateRange?

    public init(kind: Kind? = nil, team: String? = nil, category: Category? = nil, employeeID: String? = nil,
                range: DateRange? = nil) {
        self.kind = kind
        self.team = team
        self.category = category
        self.employeeID = employeeID
        self.range = range
    }
}
