/// Where an idea stands on its way from proposal to implementation.
public enum IdeaStatus: String, CaseIterable, Codable, Sendable {
    case proposed, adopted, implemented, declined

    /// The statuses of an idea the organisation took up: what "ideas adopted" counts (on the
    /// dashboard, in a story, in SQL on a database) and what earns the bonus.
    public static let takenUp: [IdeaStatus] = [.adopted, .implemented]

    /// Whether the organisation took the idea up (adopted or implemented).
    public var isTakenUp: Bool { IdeaStatus.takenUp.contains(self) }

    /// Extra points an idea earns once the organisation took it up.
    public var bonusPoints: Int { isTakenUp ? 3 : 0 }
}
