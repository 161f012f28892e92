/// A row of small bars, one per value (▁…█), scaled to the largest value.
public enum Sparkline {
    public static func text(_ values: [Int], glyphs: Glyphs) -> String {
        let top = values.max() ?? 0
        return values.map { value in
            guard top > 0, value > 0 else { return glyphs.unicode ? " " : " " }
            let level = min(7, (value * 8 - 1) / top)
            return glyphs.sparks[level]
        }.joined()
    }

    /// Draws the last values that fit in `width` columns.
    public static func draw(_ values: [Int], at x: Int, y: Int, width: Int, role: StyleRole = .accent,
                            on buffer: inout ScreenBuffer) {
        buffer.write(text(Array(values.suffix(max(0, width))), glyphs: buffer.glyphs), x: x, y: y, width: width, role: role)
    }
}
