import KartrekkerCore

/// Which leaderboard to compute: a period, and the filters as typed (the team is matched
/// case- and accent-insensitively, the value tag normalised as when recording).
public struct LeaderboardRequest: Hashable, Sendable {
    public var period: Period
    public var team: String?
    public var value: String?
    public var category: Category?
    public var top: Int?
    /// A contact moment as typed (a key or a name).
    public var contactMoment: String?

    public init(period: Period, team: String? = nil, value: String? = nil, category: Category? = nil, top: Int? = nil,
                contactMoment: String? = nil) {
        self.period = period
        self.team = team
        self.value = value
        self.category = category
        self.top = top
        self.contactMoment = contactMoment
    }
}
