import KartrekkerText

/// Text wrapped at word boundaries to a width in terminal columns: notes of up to 2,000
/// characters shown whole. Words longer than a line are broken; text from data files is
/// escaped first, so a hidden control character shows as `\u{1B}`.
public enum Paragraph {
    /// The lines of `text` in `width` columns.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // Line breaks (only a hand-edited file has them) start a new line; other control
        // characters are escaped and wrap like any text.
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map({ SafeText.escaped(String($0)) }) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                if used > 0 && used + 1 + pieceWidth <= width {
                    line += " " + piece
                    used += 1 + pieceWidth
                    continue
                }
                if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                // A word wider than the line: cut it into line-sized pieces.
                while pieceWidth > width {
                    var head = ""
                    var headWidth = 0
                    var rest = Substring(piece)
                    while let first = rest.first, headWidth + DisplayWidth.of(first) <= width {
                        head.append(first)
                        headWidth += DisplayWidth.of(first)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let first = rest.first {
                        // A wide character in a one-column line: show it alone rather than loop.
                        head = String(first)
                        rest = rest.dropFirst()
                    }
                    lines.append(head)
                    piece = String(rest)
                    pieceWidth = DisplayWidth.of(piece)
                }
                line = piece
                used = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws the lines of `text` from row `firstLine` on, as many as `rect` holds; returns the
    /// number of lines the whole text takes.
    @discardableResult
    public static func draw(_ text: String, in rect: Rect, firstLine: Int = 0, role: StyleRole = .normal,
                            on buffer: inout ScreenBuffer) -> Int {
        let all = lines(text, width: rect.width)
        for (row, line) in all.dropFirst(max(0, firstLine)).prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, width: rect.width, role: role)
        }
        return all.count
    }
}
