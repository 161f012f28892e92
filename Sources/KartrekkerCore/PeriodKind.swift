/// The kinds of period a leaderboard can cover.
public enum PeriodKind: String, CaseIterable, Codable, Sendable {
    case week, month, quarter, year, all, custom

    /// The kinds a user can step through (custom ranges are typed, not stepped to).
    public static let steppable: [PeriodKind] = [.week, .month, .quarter, .year, .all]
}
