/// A horizontal bar proportional to a value, in eighths of a column (whole columns of `#` in
/// ASCII).
public enum BarView {
    /// The bar's text for `value` of `maximum` in `width` columns; at least a sliver when the
    /// value is above zero.
    public static func text(_ value: Int, of maximum: Int, width: Int, glyphs: Glyphs) -> String {
        guard width > 0, maximum > 0, value > 0 else { return "" }
        let eighths = min(width * 8, max(1, (value * width * 8 + maximum / 2) / maximum))
        var text = String(repeating: glyphs.barEighths[7], count: eighths / 8)
        if eighths % 8 > 0 { text += glyphs.barEighths[eighths % 8 - 1] }
        if text.isEmpty { text = glyphs.unicode ? glyphs.barEighths[0] : "#" }
        return text
    }

    public static func draw(_ value: Int, of maximum: Int, at x: Int, y: Int, width: Int, role: StyleRole = .bar,
                            on buffer: inout ScreenBuffer) {
        buffer.write(text(value, of: maximum, width: width, glyphs: buffer.glyphs), x: x, y: y, width: width, role: role)
    }
}
