/// What one month adds up to across everyone, from its summaries.
public struct MonthFigures: Sendable, Equatable {
    public var contributions = 0
    public var recognitions = 0
    /// People with at least one contribution in the month.
    public var contributing = 0
    /// Ideas dated in the month that were adopted or implemented since.
    public var ideasAdopted = 0

    public init() {}
}
