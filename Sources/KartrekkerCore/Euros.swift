import Foundation

/// An amount in euros, kept in cents so that sums are exact. Written as `12.50` in data files
/// and exports for programs; shown as `€ 12,50` or `€12.50` by the words of each language.
public struct Euros: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let cents: Int

    /// The largest amount accepted: anything larger is a typing slip, not a gift or a repair.
    public static let maximum = Euros(cents: 10_000_000)

    public init(cents: Int) {
        self.cents = cents
    }

    /// Reads `25`, `25.5`, `25.50`, `25,50`, `€ 25,50` or `1.250,00`; `nil` for anything else
    /// (negative amounts, more than two decimals, letters).
    public init?(_ typed: String) {
        var text = typed.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("€") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        // The last separator followed by one or two digits is the decimal one; any other is a
        // thousands separator (1.250,00 and 1,250.00 both read as 1250).
        var whole = text
        var fraction = ""
        if let last = text.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = text[text.index(after: last)...]
            if after.count == 1 || after.count == 2 {
                whole = String(text[..<last])
                fraction = String(after)
            }
        }
        let groups = whole.split(separator: whole.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            // Thousands groups have three digits each, after a first group of one to three; one
            // group alone without cents ("12.345") may be either, and is refused.
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  !(whole.contains(",") && whole.contains(".")), groups.count > 2 || !fraction.isEmpty else { return nil }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isNumber), let euros = Int(digits) else { return nil }
        let padded = fraction.count == 1 ? fraction + "0" : fraction
        let cents = euros * 100 + (Int(padded) ?? 0)
        guard cents <= Euros.maximum.cents else { return nil }
        self.cents = cents
    }

    /// `12.50`: how programs read it.
    public var description: String {
        let rest = cents % 100
        return "\(cents / 100).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// `12,50`: how Dutch spreadsheets read it.
    public var dutchDecimal: String {
        description.replacingOccurrences(of: ".", with: ",")
    }

    public static func < (lhs: Euros, rhs: Euros) -> Bool { lhs.cents < rhs.cents }

    public static func + (lhs: Euros, rhs: Euros) -> Euros { Euros(cents: lhs.cents + rhs.cents) }

    public static let zero = Euros(cents: 0)
}
