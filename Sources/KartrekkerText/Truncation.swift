/// Cutting text to a number of terminal columns.
public enum Truncation {
    /// `text` cut to at most `width` columns, ending in `ellipsis` when cut; never splits a
    /// grapheme cluster or half a wide character.
    public static func truncated(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let mark = DisplayWidth.of(ellipsis)
        guard width >= mark else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let next = DisplayWidth.of(character)
            if used + next > width - mark { break }
            result.append(character)
            used += next
        }
        return result + ellipsis
    }
}
