/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Dates are values so that every rule can be tested without a clock: "today" is always
/// passed in. Stored and printed as `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or `nil` when the parts do not name a real day (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact for the whole proleptic Gregorian calendar.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (or an impossible day) is `nil`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let shifted = (dayNumber + 3) % 7
        return (shifted < 0 ? shifted + 7 : shifted) + 1
    }

    /// The ISO-8601 week-numbering year and week (1…53) that hold this date.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year that holds its Thursday.
        let thursday = adding(days: 4 - isoWeekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1
        return (thursday.year, week)
    }

    /// The Monday that starts ISO week `week` of ISO year `year`, or `nil` when that year has no such week.
    public static func mondayOfISOWeek(_ week: Int, of year: Int) -> CalendarDate? {
        guard let january4 = CalendarDate(year: year, month: 1, day: 4), week >= 1 else { return nil }
        let monday = january4.adding(days: 1 - january4.isoWeekday).adding(days: (week - 1) * 7)
        return monday.isoWeek.year == year ? monday : nil
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    public var firstOfMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }

    public var lastOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// The first day of the month `months` months after this date's month.
    public func firstOfMonth(adding months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        return CalendarDate(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// `YYYY-MM`, the month this date falls in.
    public var monthKey: String {
        format4(year) + "-" + pad2(month)
    }

    public var description: String {
        // Written digit by digit: every record listed or exported has one or two dates.
        guard (0...9999).contains(year) else { return format4(year) + "-" + pad2(month) + "-" + pad2(day) }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            CalendarDate.writeDigits(year, count: 4, to: buffer, at: 0)
            buffer[4] = UInt8(ascii: "-")
            CalendarDate.writeDigits(month, count: 2, to: buffer, at: 5)
            buffer[7] = UInt8(ascii: "-")
            CalendarDate.writeDigits(day, count: 2, to: buffer, at: 8)
            return 10
        }
    }

    /// Writes the last `count` decimal digits of `value` (≥ 0) at `offset`, zero-padded.
    static func writeDigits(_ value: Int, count: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var rest = value
        for index in stride(from: offset + count - 1, through: offset, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

private func pad2(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}

private func format4(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
