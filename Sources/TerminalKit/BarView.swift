import KartrekkerText

/// A horizontal bar proportional to a value, in eighths of a column (whole columns of `#` in
/// ASCII).
public enum BarView {
    /// The bar's text for `value` of `maximum` in `width` columns; at least a sliver when the
    /// value is above zero.
    public static func text(_ value: Int, of maximum: Int, width: Int, glyphs: Glyphs) -> String {
        Bar.text(value, of: maximum, width: width, unicode: glyphs.unicode)
    }

    public static func draw(_ value: Int, of maximum: Int, at x: Int, y: Int, width: Int, role: StyleRole = .bar,
                            on buffer: inout ScreenBuffer) {
        buffer.write(text(value, of: maximum, width: width, glyphs: buffer.glyphs), x: x, y: y, width: width, role: role)
    }
}
