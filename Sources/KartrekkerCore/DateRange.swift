/// An inclusive range of calendar dates.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public let from: CalendarDate
    public let to: CalendarDate

    /// Creates the range, or `nil` when `from` is after `to`.
    public init?(from: CalendarDate, to: CalendarDate) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    public func contains(_ date: CalendarDate) -> Bool {
        from <= date && date <= to
    }

    /// The number of days in the range, both ends included.
    public var dayCount: Int { from.days(to: to) + 1 }

    /// Whether the two ranges share at least one day.
    public func overlaps(_ other: DateRange) -> Bool {
        from <= other.to && other.from <= to
    }

    public var description: String { "\(from)…\(to)" }
}
