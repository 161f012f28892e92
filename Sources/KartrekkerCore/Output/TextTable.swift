/// An aligned plain-text table for the terminal, measured in display columns so that accented,
/// CJK and emoji names line up. Every cell is made terminal-safe first.
///
/// Piped output is never cut. On a terminal narrower than the table, the columns that may
/// give way (the free text: a note, a message) are cut with `…` until it fits.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public let title: String
        public let alignment: Alignment
        /// On a terminal, cells wider than this are cut with `…`; `nil` never cuts. Piped
        /// output ignores it.
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
        rows.append(cells.map(SafeText.escaped))
    }

    /// The table as lines joined with `\n`, header first; trailing spaces trimmed. With a
    /// `width` (a terminal's), cells are cut to their column's `maxWidth`, and the widest of
    /// the columns with a `maxWidth` give way further until the table fits.
    public func rendered(width: Int? = nil) -> String {
        // Each cell measured once (a board has a thousand rows).
        let titleWidths = columns.map { DisplayWidth.of($0.title) }
        let cellWidths = rows.map { $0.map { DisplayWidth.of($0) } }
        var widths = titleWidths
        for row in cellWidths {
            for (offset, cellWidth) in row.enumerated() where offset < widths.count {
                widths[offset] = max(widths[offset], cellWidth)
            }
        }
        if let width {
            for (offset, column) in columns.enumerated() {
                if let limit = column.maxWidth { widths[offset] = min(widths[offset], max(limit, DisplayWidth.of(column.title))) }
            }
            var total = widths.reduce(0, +) + 2 * max(0, columns.count - 1)
            while total > width, let widest = columns.indices.filter({ columns[$0].maxWidth != nil && widths[$0] > 8 })
                .max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
                total -= 1
            }
        }
        // Built as bytes: a board of a thousand rows is six thousand cells, and joining
        // strings piece by piece cost more than adding the board up.
        var output: [UInt8] = []
        output.reserveCapacity((rows.count + 1) * (widths.reduce(0, +) + 2 * columns.count + 1))
        var first = true
        func line(_ cells: [String], _ cellWidths: [Int]) {
            if !first { output.append(0x0A) }
            first = false
            let start = output.count
            for (offset, column) in columns.enumerated() {
                var cell = offset < cells.count ? cells[offset] : ""
                var cellWidth = offset < cellWidths.count ? cellWidths[offset] : 0
                if cellWidth > widths[offset] {
                    cell = TextTable.truncated(cell, to: widths[offset])
                    cellWidth = DisplayWidth.of(cell)
                }
                let pad = max(0, widths[offset] - cellWidth)
                if offset > 0 { output.append(contentsOf: [0x20, 0x20]) }
                if column.alignment == .right { output.append(contentsOf: repeatElement(0x20, count: pad)) }
                output.append(contentsOf: cell.utf8)
                if column.alignment == .left { output.append(contentsOf: repeatElement(0x20, count: pad)) }
            }
            while output.count > start, output.last == 0x20 { output.removeLast() }
        }
        line(columns.map(\.title), titleWidths)
        for (row, rowWidths) in zip(rows, cellWidths) { line(row, rowWidths) }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut; never splits a character.
    public static func truncated(_ text: String, to width: Int) -> String {
        Truncation.truncated(text, to: width)
    }
}
