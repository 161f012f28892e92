/// What a period's figures are set against: the whole period before it, or — while the period
/// is still running — the same days of the period before (1–5 December against 1–5 November),
/// so that five days are never compared with a whole month.
public struct PeriodComparison: Hashable, Sendable {
    public let period: Period
    /// The days of `period` that are counted: all of them, or up to today while it runs.
    public let current: DateRange
    /// The same stretch of the period before (cut at its end where it is shorter: 1–31 March
    /// against 1–28 February); `nil` where there is none (all time).
    public let previous: DateRange?

    /// The comparison of `period` as seen on `today`; `nil` for all time.
    public init?(_ period: Period, today: CalendarDate) {
        guard let range = period.range else { return nil }
        self.period = period
        let end = range.contains(today) ? today : range.to
        current = DateRange(from: range.from, to: end)!
        guard let before = period.previous?.range else {
            previous = nil
            return
        }
        if end == range.to {
            previous = before
        } else {
            let last = before.from.adding(days: range.from.days(to: end))
            previous = DateRange(from: before.from, to: min(last, before.to))
        }
    }

    /// Whether only the days up to today are counted (the period is still running).
    public var isPartial: Bool { current != period.range }
}
