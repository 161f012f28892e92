/// Dates as a person types them: `YYYY-MM-DD`, `today` or `yesterday`, and open or closed
/// ranges. Typed dates must fall in the years kartrekker computes periods in, so that stepping
/// a period forwards or backwards around them always lands on a real calendar day.
public enum DateInput {
    /// The years a typed date, and today, may fall in.
    public static let years = 1900...2999

    /// The first and last day anyone can type.
    public static let earliest = CalendarDate(year: years.lowerBound, month: 1, day: 1)!
    public static let latest = CalendarDate(year: years.upperBound, month: 12, day: 31)!

    /// The date `text` names, relative to `today`. `field` names the field or option in the
    /// error (`--date`, `date`).
    public static func date(_ text: String, field: String, today: CalendarDate) throws -> CalendarDate {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        default:
            guard let date = CalendarDate(text) else {
                throw KartrekkerError("\(field) \"\(SafeText.escaped(text))\" is not a date; use YYYY-MM-DD, today or yesterday")
            }
            guard years.contains(date.year) else {
                throw KartrekkerError("\(field) \(date) is out of range; use a date in the years \(years.lowerBound)–\(years.upperBound)")
            }
            return date
        }
    }

    public static func date(_ text: String?, field: String, today: CalendarDate) throws -> CalendarDate? {
        try text.map { try date($0, field: field, today: today) }
    }

    /// The inclusive range of an optional start and end (an open end reaches the first or last
    /// day there is); `nil` when neither is given. Refuses a range that ends before it starts.
    public static func range(from: String?, to: String?, today: CalendarDate,
                             fields: (from: String, to: String) = ("--from", "--to")) throws -> DateRange? {
        let start = try date(from, field: fields.from, today: today)
        let end = try date(to, field: fields.to, today: today)
        guard start != nil || end != nil else { return nil }
        let first = start ?? CalendarDate(year: 1, month: 1, day: 1)!
        let last = end ?? CalendarDate(year: 9999, month: 12, day: 31)!
        guard let range = DateRange(from: first, to: last) else {
            throw KartrekkerError("\(fields.from) \(first) is after \(fields.to) \(last)")
        }
        return range
    }

    /// Today as given in `KARTREKKER_TODAY`-style text; `nil` when it is not a date in range.
    public static func fixedToday(_ text: String) -> CalendarDate? {
        guard let date = CalendarDate(text), years.contains(date.year) else { return nil }
        return date
    }
}
