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
    /// Only contributions made in this contact moment (recognitions are left out when set).
    public var contactMoment: ContactMoment?
    /// Only the smiles and steps beyond that carry a story (recognitions are left out).
    public var storiesOnly: Bool

    public init(kind: Kind? = nil, team: String? = nil, category: Category? = nil, employeeID: String? = nil,
                range: DateRange? = nil, contactMoment: ContactMoment? = nil, storiesOnly: Bool = false) {
        self.kind = kind
        self.team = team
        self.category = category
        self.employeeID = employeeID
        self.range = range
        self.contactMoment = contactMoment
        self.storiesOnly = storiesOnly
    }

    /// Whether only contributions can pass.
    var contributionsOnly: Bool { category != nil || contactMoment != nil || storiesOnly }

    /// What the whole contribution must be, beyond what its place in a file tells.
    var refinement: ((Contribution) -> Bool)? {
        guard contactMoment != nil || storiesOnly else { return nil }
        let (moment, stories) = (contactMoment, storiesOnly)
        return { ($0.contactMoment == moment || moment == nil) && (!stories || $0.story != nil) }
    }
}
