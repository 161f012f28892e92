import KartrekkerCore

/// What a stretch of days adds up to across everyone: the dashboard's and the recap's figures.
public struct PeriodFigures: Sendable, Equatable {
    public var contributions = 0
    public var recognitions = 0
    /// People with at least one contribution in the days.
    public var contributing = 0
    /// Ideas dated in the days that were adopted or implemented since.
    public var ideasAdopted = 0

    public init() {}

    /// Counted from the records themselves (those of the days, already chosen).
    public init(contributions: [Contribution], recognitions: [Recognition]) {
        self.contributions = contributions.count
        self.recognitions = recognitions.count
        contributing = Set(contributions.map(\.employeeId)).count
        ideasAdopted = contributions.count { $0.ideaStatus?.isTakenUp == true }
    }
}
