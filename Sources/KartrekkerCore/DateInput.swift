/// Dates as a person types them: `YYYY-MM-DD`, or day first as Dutch users write them
/// (`DD-MM-YYYY`, `D-M-YYYY`; never month first), `today`/`vandaag` or
/// `yesterday`/`gisteren`, and open or closed ranges. Typed dates must fall in the years
/// kartrekker computes periods in, so that stepping a period forwards or backwards around
/// them always lands on a real calendar day.
public enum DateInput {
    /// The years a typed date, and today, may fall in.
    public static let years = 1900...2999

    /// The first and last day anyone can type.
    public static let earliest = CalendarDate(year: years.lowerBound, month: 1, day: 1)!
    public static let latest = CalendarDate(year: years.upperBound, month: 12, day: 31)!

    /// The date `text` names, relative to `today`. `field` names the field or option in the
    /// error (`--date`, `date`); `nlField` in Dutch, where it is a word rather than an option.
    public static func date(_ text: String, field: String, nlField: String? = nil, today: CalendarDate) throws -> CalendarDate {
        let dutchField = nlField ?? field
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "today", "vandaag": return today
        case "yesterday", "gisteren": return today.adding(days: -1)
        default:
            guard let date = typed(text) else {
                throw KartrekkerError(
                    "\(field) \"\(SafeText.escaped(text))\" is not a date; use YYYY-MM-DD, DD-MM-YYYY, today or yesterday",
                    nl: "\(dutchField) \"\(SafeText.escaped(text))\" is geen datum; gebruik JJJJ-MM-DD, DD-MM-JJJJ, vandaag of gisteren")
            }
            guard years.contains(date.year) else {
                throw KartrekkerError(
                    "\(field) \(date) is out of range; use a date in the years \(years.lowerBound)–\(years.upperBound)",
                    nl: "\(dutchField) \(date) valt buiten het bereik; gebruik een datum in de jaren \(years.lowerBound)–\(years.upperBound)")
            }
            return date
        }
    }

    public static func date(_ text: String?, field: String, nlField: String? = nil, today: CalendarDate) throws -> CalendarDate? {
        try text.map { try date($0, field: field, nlField: nlField, today: today) }
    }

    /// A calendar day written `YYYY-MM-DD`, or day first: `DD-MM-YYYY`, `D-M-YYYY` (also with
    /// `/` or `.` between, as spreadsheets write it). A two-number year, or month first, is never
    /// guessed at; `nil` for anything else or an impossible day.
    public static func typed(_ text: some StringProtocol) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = CalendarDate(trimmed) { return date }
        // Split at whichever separator the text uses first; a mix of them is not a date.
        guard let separator = trimmed.first(where: { "-/.".contains($0) }) else { return nil }
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
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
            throw KartrekkerError("\(fields.from) \(first) is after \(fields.to) \(last)",
                                  nl: "\(fields.from) \(first) ligt na \(fields.to) \(last)")
        }
        return range
    }

    /// Today as given in `KARTREKKER_TODAY`-style text; `nil` when it is not a date in range.
    public static func fixedToday(_ text: String) -> CalendarDate? {
        guard let date = CalendarDate(text), years.contains(date.year) else { return nil }
        return date
    }
}
