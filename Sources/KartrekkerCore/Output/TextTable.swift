/// An aligned plain-text table for the terminal, measured in display columns so that accented,
/// CJK and emoji names line up. Every cell is made terminal-safe first.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public let title: String
        public let alignment: Alignment
        /// Cells wider than this are cut with `…`; `nil` never cuts.
        public let maxWidth: Int?

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ cells: [String]) {
        rows.append(cells.enumerated().map { offset, cell in
            let safe = SafeText.escaped(cell)
            guard offset < columns.count, let limit = columns[offset].maxWidth else { return safe }
            return TextTable.truncated(safe, to: limit)
        })
    }

    /// The table as lines joined with `\n`, header first; trailing spaces trimmed.
    public func rendered() -> String {
        var widths = columns.map { DisplayWidth.of($0.title) }
        for row in rows {
            for (offset, cell) in row.enumerated() where offset < widths.count {
                widths[offset] = max(widths[offset], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (offset, column) in columns.enumerated() {
                let cell = offset < cells.count ? cells[offset] : ""
                let pad = String(repeating: " ", count: widths[offset] - DisplayWidth.of(cell))
                parts.append(column.alignment == .left ? cell + pad : pad + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return ([line(columns.map(\.title))] + rows.map(line)).joined(separator: "\n")
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut; never splits a character.
    public static func truncated(_ text: String, to width: Int) -> String {
        Truncation.truncated(text, to: width)
    }
}
