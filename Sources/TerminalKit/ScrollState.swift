/// The scroll position of a pane of lines (an employee's story): moved by the list keys and
/// clamped in `update` to the lines and rows the layout gives.
public struct ScrollState: Hashable, Sendable {
    public private(set) var offset = 0

    public init() {}

    /// Moves by a key for `lines` lines in `rows` visible rows; returns whether it was a
    /// scrolling key.
    public mutating func handle(_ key: Key, lines: Int, rows: Int) -> Bool {
        guard let action = ListState.bindings.action(for: key) else { return false }
        let page = max(1, rows)
        switch action {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .top: offset = 0
        case .bottom: offset = lines
        case .startFilter, .clearFilter: return false
        }
        clamp(lines: lines, rows: rows)
        return true
    }

    public mutating func clamp(lines: Int, rows: Int) {
        offset = min(max(0, offset), max(0, lines - rows))
    }
}
