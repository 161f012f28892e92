/// A leaderboard period: a calendar week, month, quarter or year, all time, or a custom range.
public struct Period: Hashable, Sendable {
    public let kind: PeriodKind
    /// The dates covered; `nil` for all time.
    public let range: DateRange?

    /// The period of `kind` that holds `date`. For `.custom` use `init(custom:)`.
    public init(_ kind: PeriodKind, containing date: CalendarDate) {
        precondition(kind != .custom, "a custom period is made with Period(custom:)")
        self.kind = kind
        switch kind {
        case .week:
            let monday = date.adding(days: 1 - date.isoWeekday)
            range = DateRange(from: monday, to: monday.adding(days: 6))
        case .month:
            range = DateRange(from: date.firstOfMonth, to: date.lastOfMonth)
        case .quarter:
            let firstMonth = (date.month - 1) / 3 * 3 + 1
            range = DateRange(from: CalendarDate(year: date.year, month: firstMonth, day: 1)!,
                              to: CalendarDate(year: date.year, month: firstMonth + 2, day: 1)!.lastOfMonth)
        case .year:
            range = DateRange(from: CalendarDate(year: date.year, month: 1, day: 1)!,
                              to: CalendarDate(year: date.year, month: 12, day: 31)!)
        case .all, .custom:
            range = nil
        }
    }

    /// A custom inclusive range.
    public init(custom range: DateRange) {
        kind = .custom
        self.range = range
    }

    public static let allTime = Period(.all, containing: CalendarDate(year: 2000, month: 1, day: 1)!)

    /// The period of the same kind just before this one; for a custom range, the same number
    /// of days just before it. All time has none.
    public var previous: Period? {
        guard let range else { return nil }
        switch kind {
        case .custom:
            let end = range.from.adding(days: -1)
            return Period(custom: DateRange(from: end.adding(days: 1 - range.dayCount), to: end)!)
        case .all:
            return nil
        default:
            return Period.within(range.from.adding(days: -1)).map { Period(kind, containing: $0) }
        }
    }

    /// The period of the same kind just after this one; `nil` for all time.
    public var next: Period? {
        guard let range else { return nil }
        switch kind {
        case .custom:
            let start = range.to.adding(days: 1)
            return Period(custom: DateRange(from: start, to: start.adding(days: range.dayCount - 1))!)
        case .all:
            return nil
        default:
            return Period.within(range.to.adding(days: 1)).map { Period(kind, containing: $0) }
        }
    }

    /// The period `steps` periods of the same kind later (earlier when negative), or `nil`
    /// where that leaves the years a date can be typed in (or for all time and custom ranges,
    /// which do not step).
    public func stepped(by steps: Int) -> Period? {
        guard kind != .custom, kind != .all else { return nil }
        var period = self
        for _ in 0..<abs(steps) {
            guard let next = steps > 0 ? period.next : period.previous,
                  let range = next.range, DateInput.years.contains(range.from.year), DateInput.years.contains(range.to.year)
            else { return nil }
            period = next
        }
        return period
    }

    /// `date`, where the calendar can hold the periods around it (years 1–9999).
    private static func within(_ date: CalendarDate) -> CalendarDate? {
        (1...9999).contains(date.year) ? date : nil
    }

    public func contains(_ date: CalendarDate) -> Bool {
        range?.contains(date) ?? true
    }

    /// The period in words: "Week 48, 2026", "November 2026", "Q4 2026", "2026", "All time",
    /// or "2026-11-03 – 2026-11-20" for a custom range.
    public var title: String {
        guard let range else { return "All time" }
        let start = range.from
        switch kind {
        case .week:
            let week = start.isoWeek
            return "Week \(week.week), \(week.year)"
        case .month:
            return "\(Period.monthNames[start.month - 1]) \(start.year)"
        case .quarter:
            return "Q\((start.month - 1) / 3 + 1) \(start.year)"
        case .year:
            return "\(start.year)"
        case .custom, .all:
            return "\(range.from) – \(range.to)"
        }
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
