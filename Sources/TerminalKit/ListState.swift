import KartrekkerText

/// A scrolling list's state: which item is selected, which is at the top, and an optional
/// filter typed with `/` (case- and accent-insensitive).
public struct ListState: Hashable, Sendable {
    /// The items' texts as matched by the filter (folded once).
    public private(set) var keys: [String]
    /// Indices into the items that pass the filter, in order.
    public private(set) var visible: [Int]
    /// Position in `visible`.
    public private(set) var selection: Int = 0
    public private(set) var offset: Int = 0
    public private(set) var filter: String = ""
    /// Whether the filter is being typed (keys go to it).
    public private(set) var isFiltering = false

    public init(keys: [String]) {
        self.keys = keys.map(\.folded)
        visible = Array(keys.indices)
    }

    /// The selected item's index in the full list.
    public var selectedItem: Int? {
        visible.indices.contains(selection) ? visible[selection] : nil
    }

    /// Replaces the items, keeping the selection on the same index where it still exists.
    public mutating func reload(keys newKeys: [String]) {
        let previous = selectedItem
        keys = newKeys.map(\.folded)
        applyFilter()
        if let previous, let position = visible.firstIndex(of: previous) { selection = position }
        clamp(height: nil)
    }

    public mutating func select(item: Int) {
        if let position = visible.firstIndex(of: item) { selection = position }
    }

    /// Moves by a key; returns whether the key was used. `height` is the rows shown.
    public mutating func handle(_ key: Key, height: Int) -> Bool {
        if isFiltering {
            switch key {
            case .enter: isFiltering = false
            case .escape:
                isFiltering = false
                filter = ""
                applyFilter()
            case .backspace:
                if !filter.isEmpty { filter.removeLast() }
                applyFilter()
            case .character(let c):
                filter.append(c)
                applyFilter()
            case .up, .down, .pageUp, .pageDown, .home, .end: return move(key, height: height)
            default: return false
            }
            clamp(height: height)
            return true
        }
        switch key {
        case .character("/"):
            isFiltering = true
            return true
        case .escape where !filter.isEmpty:
            filter = ""
            applyFilter()
            clamp(height: height)
            return true
        case .character("k"): return move(.up, height: height)
        case .character("j"): return move(.down, height: height)
        case .character("g"): return move(.home, height: height)
        case .character("G"): return move(.end, height: height)
        default: return move(key, height: height)
        }
    }

    private mutating func move(_ key: Key, height: Int) -> Bool {
        let page = max(1, height - 1)
        switch key {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp: selection -= page
        case .pageDown: selection += page
        case .home: selection = 0
        case .end: selection = visible.count - 1
        case .wheelUp: selection -= 3
        case .wheelDown: selection += 3
        default: return false
        }
        clamp(height: height)
        return true
    }

    private mutating func applyFilter() {
        let query = filter.folded
        visible = query.isEmpty ? Array(keys.indices) : keys.indices.filter { keys[$0].contains(query) }
        selection = 0
        offset = 0
    }

    /// Keeps the selection in range and visible in `height` rows.
    public mutating func clamp(height: Int?) {
        selection = min(max(0, selection), max(0, visible.count - 1))
        guard let height, height > 0 else { return }
        if selection < offset { offset = selection }
        if selection >= offset + height { offset = selection - height + 1 }
        offset = min(max(0, offset), max(0, visible.count - height))
    }
}
