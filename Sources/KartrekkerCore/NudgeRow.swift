/// Someone who contributes and has not been recognized for a while.
public struct NudgeRow: Hashable, Sendable {
    public let employee: Employee
    /// Score over the 90 days ending at the reference date.
    public let score: Int
    /// The latest recognition dated on or before the reference date, if any.
    public let lastRecognized: CalendarDate?
    public let daysSinceRecognition: Int?
}
