/// A horizontal bar proportional to a value: whole blocks and eighths of a block where the
/// terminal shows Unicode, whole columns of `#` in ASCII (rounded). A value above zero always
/// shows at least a sliver. The command line's tables and the terminal UI draw the same bars.
public enum Bar {
    /// Eighths of a block, from one eighth to a full block.
    public static let eighths = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The bar for `value` of `maximum` in at most `width` columns.
    public static func text(_ value: Int, of maximum: Int, width: Int, unicode: Bool) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let count = min(width * 8, max(1, (value * width * 8 + maximum / 2) / maximum))
        guard unicode else { return String(repeating: "#", count: max(1, (count + 4) / 8)) }
        var text = String(repeating: eighths[7], count: count / 8)
        if count % 8 > 0 { text += eighths[count % 8 - 1] }
        return text
    }
}
