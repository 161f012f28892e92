import Foundation

extension String {
    /// The plain lower-case Latin form used to match and order names and teams:
    /// "Çelik Yılmaz" → "celik yilmaz", "Straße" → "strasse", "Søren" → "soren".
    ///
    /// ICU's `Any-Latin; Latin-ASCII; Lower` rather than `folding(options:)`, which leaves ı and ø.
    ///
    /// Invisible characters (zero-width space and joiners, a byte-order mark) are left out and
    /// runs of spaces count as one, so names that only differ by them are the same name.
    public var folded: String {
        let plain: String
        if utf8.allSatisfy({ $0 < 0x80 }) {
            plain = lowercased()
        } else {
            let visible = String(String.UnicodeScalarView(unicodeScalars.filter { !TextFolding.isInvisible($0) }))
            plain = visible.applyingTransform(StringTransform("Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? visible.lowercased()
        }
        guard plain.contains("  ") || plain.hasPrefix(" ") || plain.hasSuffix(" ") else { return plain }
        return plain.split(separator: " ").joined(separator: " ")
    }
}

/// Which characters folding leaves out.
public enum TextFolding {
    /// Format characters that take no room: zero-width space, non-joiner and joiner, word
    /// joiner, soft hyphen, byte-order mark.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        [0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF].contains(scalar.value)
    }
}
