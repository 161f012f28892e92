/// A table with aligned columns, a header row with a sort indicator, and a selectable body
/// driven by a `ListState`.
public struct TableView: Sendable {
    public struct Column: Sendable {
        public let title: String
        public let alignRight: Bool
        /// Columns with a weight share the room left after the fixed ones.
        public let width: Int
        public let weight: Int

        public init(_ title: String, width: Int, weight: Int = 0, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.weight = weight
            self.alignRight = alignRight
        }
    }

    public let columns: [Column]
    /// The column sorted by, and whether ascending.
    public let sort: (column: Int, ascending: Bool)?

    public init(columns: [Column], sort: (column: Int, ascending: Bool)? = nil) {
        self.columns = columns
        self.sort = sort
    }

    /// The width of each column in `total` columns (one space between columns).
    public func widths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { $0 + $1.width } + gaps
        let weights = columns.reduce(0) { $0 + $1.weight }
        var spare = max(0, total - fixed)
        var result = columns.map(\.width)
        if weights > 0 {
            for index in columns.indices where columns[index].weight > 0 {
                let extra = spare * columns[index].weight / weights
                result[index] += extra
            }
            spare -= result.enumerated().reduce(0) { $0 + $1.element - columns[$1.offset].width }
            if let last = columns.lastIndex(where: { $0.weight > 0 }) { result[last] += max(0, spare) }
        }
        // Too narrow: take room from the widest columns first.
        var overflow = result.reduce(0, +) + gaps - total
        while overflow > 0, let widest = result.indices.max(by: { result[$0] < result[$1] }), result[widest] > 1 {
            result[widest] -= 1
            overflow -= 1
        }
        return result
    }

    /// Draws the header in `rect`'s first row and the rows below; `cells(index)` gives a row's
    /// texts and optionally a role per cell.
    public func draw(_ state: ListState, in rect: Rect, on buffer: inout ScreenBuffer,
                     emptyText: String = KitWords.current.nothingHereYet, cells: (Int) -> [(String, StyleRole?)]) {
        guard rect.height > 0 else { return }
        let widths = self.widths(total: rect.width)
        var x = rect.x
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        for (index, column) in columns.enumerated() {
            var title = column.title
            if let sort, sort.column == index { title += " " + (sort.ascending ? buffer.glyphs.up : buffer.glyphs.down) }
            buffer.writePadded(title, x: x, y: rect.y, width: widths[index], role: .header, alignRight: column.alignRight)
            x += widths[index] + 1
        }
        ListView.draw(state, in: rect.splitTop(1).rest, on: &buffer, emptyText: emptyText) { index, row, selected, buffer in
            var column = row.x
            for (position, cell) in cells(index).enumerated() where position < widths.count {
                // The last column gives up what the scroll thumb takes.
                let width = position == widths.count - 1 ? max(0, row.maxX - column) : widths[position]
                let role: StyleRole = selected ? .selected : (cell.1 ?? .normal)
                buffer.writePadded(cell.0, x: column, y: row.y, width: width, role: role,
                                   alignRight: columns[position].alignRight)
                if selected && position < widths.count - 1 {
                    buffer.fill(Rect(x: column + width, y: row.y, width: 1, height: 1), role: .selected)
                }
                column += width + 1
            }
        }
    }
}
