import Foundation
import KartrekkerCore

/// Where a session gets the time: `now` for each record's `recordedAt`, read at the moment of
/// the write, and `today`, read at every question, so a terminal UI left open past midnight
/// has a new today. A fixed today (`KARTREKKER_TODAY`) stays fixed; `now` still moves.
public struct Clock: Sendable {
    public let fixedToday: CalendarDate?
    private let readNow: @Sendable () -> Date
    /// `nil`: the process's local time (`TZ` applies), read through the C library, which costs
    /// nothing at start (Foundation's current time zone loads ICU's data, a millisecond of
    /// every command).
    private let timeZone: TimeZone?

    public init(fixedToday: CalendarDate? = nil, timeZone: TimeZone? = nil,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.fixedToday = fixedToday
        self.timeZone = timeZone
        readNow = now
    }

    /// The current instant.
    public func now() -> Date { readNow() }

    /// The local calendar date of now (`TZ` applies), or the fixed date.
    public func today() -> CalendarDate {
        today(at: now())
    }

    /// The local calendar date at `instant` (a tick's time), or the fixed date.
    public func today(at instant: Date) -> CalendarDate {
        if let fixedToday { return fixedToday }
        guard let timeZone else {
            var seconds = time_t(instant.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            guard localtime_r(&seconds, &parts) != nil,
                  let date = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            else { return CalendarDate(dayNumber: 0) }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(dayNumber: 0)
    }
}
