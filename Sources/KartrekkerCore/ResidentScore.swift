import Foundation

/// A score residents gave in a survey for one contact moment in one quarter, as the survey
/// bureau reports it (the Aedes-benchmark's huurdersoordeel, KWH): for the whole organisation,
/// or for one team where the bureau reports per team.
public struct ResidentScore: Hashable, Sendable {
    /// `2026-Q3`.
    public let quarter: String
    public let contactMoment: ContactMoment
    /// `nil`: the whole organisation.
    public let team: String?
    /// From 0 to 10, one decimal.
    public let score: Double

    public init(quarter: String, contactMoment: ContactMoment, team: String? = nil, score: Double) {
        self.quarter = quarter
        self.contactMoment = contactMoment
        self.team = team
        self.score = score
    }

    /// Reads `2026-Q3` (or `2026 Q3`, `q3 2026`) as the quarter's key; `nil` for anything else.
    public static func quarter(_ typed: String) -> String? {
        let parts = typed.uppercased().split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let (yearText, quarterText) = parts[0].hasPrefix("Q") ? (parts[1], parts[0]) : (parts[0], parts[1])
        guard quarterText.count == 2, quarterText.first == "Q", let number = Int(quarterText.dropFirst()), (1...4).contains(number),
              yearText.count == 4, let year = Int(yearText), (1900...9999).contains(year) else { return nil }
        return "\(year)-Q\(number)"
    }

    /// The quarter's days.
    public static func range(ofQuarter key: String) -> DateRange? {
        guard let year = Int(key.prefix(4)), let number = Int(key.suffix(1)),
              let first = CalendarDate(year: year, month: 3 * (number - 1) + 1, day: 1) else { return nil }
        return Period(.quarter, containing: first).range
    }

    /// The quarter's key of `day`.
    public static func quarter(of day: CalendarDate) -> String { "\(day.year)-Q\((day.month - 1) / 3 + 1)" }

    /// A score as typed: `7.8` or `7,8`, from 0 to 10, at most one decimal.
    public static func score(_ typed: String) -> Double? {
        let plain = typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              plain.split(separator: ".", omittingEmptySubsequences: false).count <= 2,
              (plain.split(separator: ".").dropFirst().first?.count ?? 0) <= 1,
              let value = Double(plain), (0...10).contains(value) else { return nil }
        return value
    }
}
