/// Where an idea stands on its way from proposal to implementation.
public enum IdeaStatus: String, CaseIterable, Codable, Sendable {
    case proposed, adopted, implemented, declined

    /// Extra points an idea earns once the organisation took it up.
    public var bonusPoints: Int {
        switch self {
        case .adopted, .implemented: 3
        case .proposed, .declined: 0
        }
    }
}
