/// Makes record ids: short, random, unambiguous to read aloud, stable forever.
///
/// Contribution and recognition ids carry the month of the record's date when it was made
/// (`c-202611-7k2m9qxa`) so the store can look in that month's file first. It is only a hint:
/// a record keeps its id when its date moves, so lookups fall back to a full search.
public enum RecordID {
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    public static func employee(using generator: inout some RandomNumberGenerator) -> String {
        "e-" + random(8, using: &generator)
    }

    public static func contribution(date: CalendarDate, using generator: inout some RandomNumberGenerator) -> String {
        "c-" + compactMonth(date) + "-" + random(8, using: &generator)
    }

    public static func recognition(date: CalendarDate, using generator: inout some RandomNumberGenerator) -> String {
        "r-" + compactMonth(date) + "-" + random(8, using: &generator)
    }

    /// The `YYYY-MM` month an id was made in, if it carries one.
    public static func monthHint(of id: String) -> String? {
        let parts = id.split(separator: "-")
        guard parts.count == 3, parts[1].count == 6, parts[1].allSatisfy(\.isASCII),
              parts[1].allSatisfy(\.isNumber) else { return nil }
        return parts[1].prefix(4) + "-" + parts[1].suffix(2)
    }

    private static func compactMonth(_ date: CalendarDate) -> String {
        String(date.monthKey.filter { $0 != "-" })
    }

    private static func random(_ length: Int, using generator: inout some RandomNumberGenerator) -> String {
        String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}
