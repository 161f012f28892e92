import Foundation

/// How long an organisation keeps its records (art. 5(1)(e) AVG): a number of years or months,
/// written `5y` or `18m`. Records dated before `cutoff(today:)` are older than it.
public struct RetentionPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable { case years = "y", months = "m" }

    public let count: Int
    public let unit: Unit

    /// `5y`, `18m` (also `5 years`, `18 maanden`); 1 to 100 years or 1 to 1200 months.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let count = Int(digits), count > 0 else { return nil }
        switch rest {
        case "y", "year", "years", "j", "jaar", "jaren": unit = .years
        case "m", "month", "months", "mnd", "maand", "maanden": unit = .months
        default: return nil
        }
        guard count <= (unit == .years ? 100 : 1200) else { return nil }
        self.count = count
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// In words: "5 years", "18 months".
    public var words: String { "\(count) \(unit == .years ? "year" : "month")\(count == 1 ? "" : "s")" }

    /// In Dutch words: "5 jaar", "18 maanden".
    public var dutchWords: String { unit == .years ? "\(count) jaar" : "\(count) \(count == 1 ? "maand" : "maanden")" }

    /// The first day whose records are kept on `today`: the same day `count` years or months
    /// before (the last of a shorter month).
    public func cutoff(today: CalendarDate) -> CalendarDate {
        let months = unit == .years ? count * 12 : count
        let first = today.firstOfMonth(adding: -months)
        let day = min(today.day, CalendarDate.daysIn(month: first.month, year: first.year))
        return CalendarDate(year: first.year, month: first.month, day: day)!
    }
}
