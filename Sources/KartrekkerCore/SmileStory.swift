/// The story behind a smile or a step beyond: what went wrong for the resident, what the
/// employee did (and the mandate they used), what it cost and how it ended. Each part may be
/// left out; a story has at least one.
public struct SmileStory: Hashable, Sendable {
    public var problem: String?
    public var action: String?
    /// What solving it on the spot cost, booked against the team's mandate budget.
    public var cost: Euros?
    public var outcome: String?

    public init(problem: String? = nil, action: String? = nil, cost: Euros? = nil, outcome: String? = nil) {
        self.problem = problem
        self.action = action
        self.cost = cost
        self.outcome = outcome
    }

    /// Whether nothing of it is told.
    public var isEmpty: Bool {
        problem == nil && action == nil && cost == nil && outcome == nil
    }

    /// The categories whose contributions can carry a story.
    public static let categories: Set<Category> = [.smile, .beyond]

    /// The texts of the story, in the order they are told.
    public var texts: [String] {
        [problem, action, outcome].compactMap { $0 }
    }
}
