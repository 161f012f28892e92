/// One employee's points and number of contributions over a range (under a filter): what a
/// leaderboard ranks, whether added up from records or from summaries.
public struct ScoreTotal: Hashable, Sendable {
    public var score: Int
    public var count: Int

    public init(score: Int = 0, count: Int = 0) {
        self.score = score
        self.count = count
    }

    public static func += (lhs: inout ScoreTotal, rhs: ScoreTotal) {
        lhs.score += rhs.score
        lhs.count += rhs.count
    }
}
