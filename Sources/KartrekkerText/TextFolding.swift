import Foundation

extension String {
    /// The plain lower-case Latin form used to match and order names and teams:
    /// "Çelik Yılmaz" → "celik yilmaz", "Straße" → "strasse", "Søren" → "soren".
    ///
    /// ICU's `Any-Latin; Latin-ASCII; Lower` rather than `folding(options:)`, which leaves ı and ø.
    public var folded: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return self.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? lowercased()
    }
}
