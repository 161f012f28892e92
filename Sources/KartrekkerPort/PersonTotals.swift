import KartrekkerCore

/// What one employee adds up to over a period: points and contributions in all and by
/// category, ideas by status, and recognitions.
public struct PersonTotals: Sendable, Equatable {
    public var total = ScoreTotal()
    /// In `Category.allCases` order.
    public var byCategory = Array(repeating: ScoreTotal(), count: Category.allCases.count)
    /// In `IdeaStatus.allCases` order.
    public var ideas = Array(repeating: 0, count: IdeaStatus.allCases.count)
    public var recognitions = 0

    public init() {}

    public mutating func add(_ contribution: Contribution) {
        let one = ScoreTotal(score: contribution.points, count: 1)
        total += one
        byCategory[Category.allCases.firstIndex(of: contribution.category)!] += one
        if let status = contribution.ideaStatus { ideas[IdeaStatus.allCases.firstIndex(of: status)!] += 1 }
    }
}
