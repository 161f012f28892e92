/// One kartrekker on a leaderboard.
public struct LeaderboardRow: Hashable, Sendable {
    /// 1 + the number of rows with a strictly higher score, so ties share a rank.
    public let rank: Int
    public let employee: Employee
    public let score: Int
    /// Contributions dated in the period that count under the filters.
    public let contributions: Int
    /// Recognitions dated in the period.
    public let recognitions: Int
    /// Rank and score in the previous period; `nil` where the employee had no row there.
    public let previousRank: Int?
    public let previousScore: Int?

    public init(rank: Int, employee: Employee, score: Int, contributions: Int, recognitions: Int,
                previousRank: Int?, previousScore: Int?) {
        self.rank = rank
        self.employee = employee
        self.score = score
        self.contributions = contributions
        self.recognitions = recognitions
        self.previousRank = previousRank
        self.previousScore = previousScore
    }

    /// How the rank moved against the previous period.
    public var movement: Movement {
        guard let previousRank else { return .new }
        if previousRank > rank { return .up(previousRank - rank) }
        if previousRank < rank { return .down(rank - previousRank) }
        return .same
    }

    public enum Movement: Hashable, Sendable {
        case up(Int), down(Int), same, new
    }
}
