/// A scrollable pane of lines, each with a style: an employee's contributions and
/// recognitions with their notes wrapped whole. Shows where it is when there is more.
public enum DetailPane {
    public struct Line: Hashable, Sendable {
        public let text: String
        public let role: StyleRole
        /// Columns to indent the text by (continuation lines of a wrapped note).
        public let indent: Int

        public init(_ text: String, role: StyleRole = .normal, indent: Int = 0) {
            self.text = text
            self.role = role
            self.indent = indent
        }
    }

    /// Draws `lines` from `scroll.offset` in `rect`, with a scroll thumb when they do not fit.
    public static func draw(_ lines: [Line], scroll: ScrollState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.fill(rect)
        guard !rect.isEmpty else { return }
        let scrollable = lines.count > rect.height
        let width = rect.width - (scrollable ? 1 : 0)
        let start = min(max(0, scroll.offset), max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(start).prefix(rect.height).enumerated() {
            buffer.write(line.text, x: rect.x + line.indent, y: rect.y + row, width: max(0, width - line.indent), role: line.role)
        }
        if scrollable {
            let thumb = rect.y + (rect.height - 1) * start / max(1, lines.count - rect.height)
            for y in rect.y..<rect.maxY {
                buffer.write(y == thumb ? buffer.glyphs.vertical : " ", x: rect.maxX - 1, y: y, role: y == thumb ? .accent : .muted)
            }
        }
    }
}
