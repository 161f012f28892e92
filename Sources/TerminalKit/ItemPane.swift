/// A scrollable pane of records that take several lines each (a contribution with its note
/// wrapped whole): one record selected, kept in view; the list keys move by record, `PgUp`
/// `PgDn` by a screenful of lines. Reloading keeps the selected record by id.
public struct ItemPane: Hashable, Sendable {
    public private(set) var ids: [String] = []
    /// Lines each record takes.
    public private(set) var heights: [Int] = []
    public private(set) var selection = 0
    /// The first line shown.
    public private(set) var offset = 0

    public init() {}

    public var selectedID: String? { ids.indices.contains(selection) ? ids[selection] : nil }
    public var totalLines: Int { heights.reduce(0, +) }

    /// New records (and their heights at the current width), the same record kept selected.
    public mutating func reload(ids newIDs: [String], heights newHeights: [Int], rows: Int) {
        let previous = selectedID
        ids = newIDs
        heights = newHeights
        if let previous, let index = newIDs.firstIndex(of: previous) { selection = index }
        clamp(rows: rows)
    }

    /// Selects the record with `id` and brings it into view.
    public mutating func select(id: String, rows: Int) {
        guard let index = ids.firstIndex(of: id) else { return }
        selection = index
        clamp(rows: rows)
    }

    /// The line record `index` starts on.
    public func start(of index: Int) -> Int {
        heights.prefix(max(0, index)).reduce(0, +)
    }

    /// Moves by a list key in `rows` visible lines; returns whether it was one.
    public mutating func handle(_ key: Key, rows: Int) -> Bool {
        guard let action = ListState.bindings.action(for: key) else { return false }
        switch action {
        case .up: selection -= 1
        case .down: selection += 1
        case .top: selection = 0
        case .bottom: selection = ids.count - 1
        case .pageDown, .pageUp:
            // A screenful of lines further, then the first record that starts in view.
            offset += action == .pageDown ? rows : -rows
            offset = min(max(0, offset), max(0, totalLines - rows))
            if let first = ids.indices.first(where: { start(of: $0) >= offset }) {
                selection = action == .pageUp || totalLines - offset > rows ? first : ids.count - 1
            }
            clamp(rows: rows, keepOffset: true)
            return true
        case .startFilter, .clearFilter: return false
        }
        clamp(rows: rows)
        return true
    }

    /// Keeps the selection real and the whole selected record in view (its top, when it is
    /// taller than the pane).
    public mutating func clamp(rows: Int, keepOffset: Bool = false) {
        selection = min(max(0, selection), max(0, ids.count - 1))
        guard rows > 0, !ids.isEmpty else {
            offset = 0
            return
        }
        let top = start(of: selection)
        let bottom = top + heights[selection]
        if !keepOffset {
            if bottom > offset + rows { offset = bottom - rows }
            if top < offset || heights[selection] > rows { offset = top }
        }
        offset = min(max(0, offset), max(0, totalLines - rows))
    }

    /// Draws `items` (the lines of each record, in order) from the offset; the selected record
    /// is marked along its left edge.
    public func draw(_ items: [[DetailPane.Line]], in rect: Rect, focused: Bool = true, on buffer: inout ScreenBuffer) {
        buffer.fill(rect)
        guard !rect.isEmpty else { return }
        var lines: [(DetailPane.Line, Bool)] = []
        for (index, item) in items.enumerated() {
            for line in item { lines.append((line, index == selection)) }
        }
        let scrollable = lines.count > rect.height
        let width = rect.width - (scrollable ? 1 : 0)
        let start = min(max(0, offset), max(0, lines.count - rect.height))
        for (row, entry) in lines.dropFirst(start).prefix(rect.height).enumerated() {
            let (line, selected) = entry
            let y = rect.y + row
            if selected && focused {
                buffer.fill(Rect(x: rect.x, y: y, width: width, height: 1), role: .selected)
            }
            buffer.write(line.text, x: rect.x + 1 + line.indent, y: y, width: max(0, width - 1 - line.indent),
                         role: selected && focused ? .selected : line.role)
        }
        if scrollable {
            let thumb = rect.y + (rect.height - 1) * start / max(1, lines.count - rect.height)
            for y in rect.y..<rect.maxY {
                buffer.write(y == thumb ? buffer.glyphs.vertical : " ", x: rect.maxX - 1, y: y, role: y == thumb ? .accent : .muted)
            }
        }
    }
}
