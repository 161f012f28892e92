/// What a leaderboard counts: only one team, one brand value, one category, or all.
public struct LeaderboardFilter: Hashable, Sendable {
    /// A team name; matched case- and accent-insensitively.
    public var team: String?
    /// A brand-value tag; only contributions carrying it count.
    public var value: String?
    public var category: Category?

    public init(team: String? = nil, value: String? = nil, category: Category? = nil) {
        self.team = team
        self.value = value
        self.category = category
    }

    /// Whether `contribution` counts under the value and category filters.
    public func counts(_ contribution: Contribution) -> Bool {
        if let category, contribution.category != category { return false }
        if let value, !contribution.values.contains(Validation.foldedValueTag(value)) { return false }
        return true
    }
}
