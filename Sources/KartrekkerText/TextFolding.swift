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
        } else if let latin = LatinFolding.folded(self) {
            plain = latin
        } else {
            plain = TextFolding.transliterated(self)
        }
        return TextFolding.singleSpaced(plain)
    }
}

/// Which characters folding leaves out, and folding many texts at once.
public enum TextFolding {
    static let transform = StringTransform("Any-Latin; Latin-ASCII; Lower")

    /// `folded` of each text, with one transliteration for all that need one: making ICU's
    /// transliterator costs far more than using it, and a directory folds every name.
    public static func folded(_ texts: [String]) -> [String] {
        var left: [Int] = []
        var result = texts.indices.map { index -> String in
            let text = texts[index]
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return singleSpaced(text.lowercased()) }
            if let latin = LatinFolding.folded(text) { return singleSpaced(latin) }
            left.append(index)
            return ""
        }
        // A line break cannot be in a name, but a damaged file could hold one: such a text is
        // folded on its own so that the lines still match up.
        let batched = left.filter { !texts[$0].contains("\n") }
        for index in left where texts[index].contains("\n") {
            result[index] = texts[index].folded
        }
        guard !batched.isEmpty else { return result }
        let joined = batched.map { visible(texts[$0]) }.joined(separator: "\n")
        let lines = joined.applyingTransform(transform, reverse: false)?
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (position, index) in batched.enumerated() {
            if let lines, lines.count == batched.count {
                result[index] = singleSpaced(String(lines[position]))
            } else {
                result[index] = texts[index].folded
            }
        }
        return result
    }

    /// `text` folded by ICU alone (what `LatinFolding` must agree with).
    static func transliterated(_ text: String) -> String {
        let visible = visible(text)
        return visible.applyingTransform(transform, reverse: false) ?? visible.lowercased()
    }

    static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) }))
    }

    static func singleSpaced(_ plain: String) -> String {
        // One pass over the bytes (Foundation's `contains` on strings costs far more, and a
        // board folds every name).
        var previousSpace = true
        var needed = false
        for byte in plain.utf8 {
            let space = byte == 0x20
            if space && previousSpace { needed = true; break }
            previousSpace = space
        }
        guard needed || previousSpace && !plain.isEmpty else { return plain }
        return plain.split(separator: " ").joined(separator: " ")
    }

    /// Format characters that take no room: zero-width space, non-joiner and joiner, word
    /// joiner, soft hyphen, byte-order mark.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        [0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF].contains(scalar.value)
    }
}
