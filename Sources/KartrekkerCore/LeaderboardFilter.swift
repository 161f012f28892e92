/// What a leaderboard counts: only one team, one brand value, one category, one contact
/// moment, or all.
public struct LeaderboardFilter: Hashable, Sendable {
    /// A team name; matched case- and accent-insensitively.
    public var team: String?
    /// A brand-value tag; only contributions carrying it count.
    public var value: String?
    public var category: Category?
    /// Only contributions made in this contact moment count.
    public var contactMoment: ContactMoment?

    public init(team: String? = nil, value: String? = nil, category: Category? = nil, contactMoment: ContactMoment? = nil) {
        self.team = team
        self.value = value
        self.category = category
        self.contactMoment = contactMoment
    }

    /// Whether `contribution` counts under the value and category filters.
    public func counts(_ contribution: Contribution) -> Bool {
        if let category, contribution.category != category { return false }
        if let value, !contribution.values.contains(Validation.foldedValueTag(value)) { return false }
        if let contactMoment, contribution.contactMoment != contactMoment { return false }
        return true
    }
}
