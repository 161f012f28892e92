import KartrekkerCore

/// What a team's mandate bought in a year: its budget (where one was set), what the stories of
/// its people's smiles and steps beyond say they cost, and those stories.
public struct MandateUse: Sendable {
    public let team: String
    public let year: Int
    public let budget: Euros?
    /// The stories with a cost, newest first.
    public let stories: [StoryRow]

    public var spent: Euros { stories.compactMap(\.story.cost).reduce(.zero, +) }
    /// What is left of the budget (negative when it was overspent); `nil` without a budget.
    public var left: Int? { budget.map { $0.cents - spent.cents } }
}
