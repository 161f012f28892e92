import KartrekkerText

/// A scrolling list's state: which record is selected (by id), which row is at the top, and an
/// optional filter typed with `/` (case- and accent-insensitive).
///
/// When the rows reload (new data, a sort), the same record stays selected, and the scroll
/// stays where it was as long as that record is still in view.
public struct ListState: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case up, down, pageUp, pageDown, top, bottom, startFilter, clearFilter
    }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.lists, [
            KeyBinding([.up, .character("k")], w.move, help: w.previousRow, keyLabel: "↑/k", inFooter: false, action: .up),
            KeyBinding([.down, .character("j")], w.move, help: w.nextRow, keyLabel: "↓/j", inFooter: false, action: .down),
            KeyBinding([.pageUp], w.pageUp, help: w.oneScreenUp, inFooter: false, action: .pageUp),
            KeyBinding([.pageDown], w.pageDown, help: w.oneScreenDown, inFooter: false, action: .pageDown),
            KeyBinding([.home, .character("g")], w.first, help: w.firstRow, keyLabel: "Home/g", inFooter: false, action: .top),
            KeyBinding([.end, .character("G")], w.last, help: w.lastRow, keyLabel: "End/G", inFooter: false, action: .bottom),
            KeyBinding([.character("/")], w.filter, help: w.filterHelp, action: .startFilter),
            KeyBinding([.escape], w.clearFilter, help: w.clearFilterHelp, inFooter: false, overrides: true, action: .clearFilter),
        ])
    }

    /// The keys while the filter is typed: letters are the filter's.
    public static var filterBindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.filterTitle, [
            KeyBinding([.enter], w.keep, help: w.keepHelp, action: .startFilter),
            KeyBinding([.escape], w.clear, help: w.clearFilterHelp, overrides: true, action: .clearFilter),
            KeyBinding([], w.type, help: w.lettersFilter, keyLabel: w.letters,
                       inFooter: false, action: .startFilter),
        ])
    }

    /// The items' ids, in order.
    public private(set) var ids: [String]
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

    /// Items with their ids and the text the filter matches.
    public init(ids: [String], keys: [String]) {
        precondition(ids.count == keys.count, "one filter text per id")
        self.ids = ids
        self.keys = TextFolding.folded(keys)
        visible = Array(keys.indices)
    }

    /// Items whose text is their id.
    public init(keys: [String]) {
        self.init(ids: keys, keys: keys)
    }

    /// The selected item's index in the full list.
    public var selectedItem: Int? {
        visible.indices.contains(selection) ? visible[selection] : nil
    }

    /// The selected item's id.
    public var selectedID: String? {
        selectedItem.map { ids[$0] }
    }

    public var isEmpty: Bool { visible.isEmpty }

    /// Replaces the items, keeping the same record selected where it still exists (else the
    /// row at the same position), and the scroll position as long as that record stays in view
    /// with it.
    public mutating func reload(ids newIDs: [String], keys newKeys: [String], height: Int) {
        precondition(newIDs.count == newKeys.count, "one filter text per id")
        let previousID = selectedID
        ids = newIDs
        keys = TextFolding.folded(newKeys)
        let query = filter.folded
        visible = query.isEmpty ? Array(keys.indices) : keys.indices.filter { keys[$0].contains(query) }
        if let previousID, let item = ids.firstIndex(of: previousID), let position = visible.firstIndex(of: item) {
            selection = position
        }
        clamp(height: height)
    }

    /// Selects the item with `id`, scrolling only as far as needed.
    public mutating func select(id: String, height: Int) {
        if let item = ids.firstIndex(of: id), let position = visible.firstIndex(of: item) { selection = position }
        clamp(height: height)
    }

    public mutating func select(item: Int, height: Int) {
        if let position = visible.firstIndex(of: item) { selection = position }
        clamp(height: height)
    }

    /// Moves by a key; returns whether the key was used. `height` is the rows shown (from the
    /// layout), so a page is exactly one screen.
    public mutating func handle(_ key: Key, height: Int) -> Bool {
        if isFiltering {
            switch key {
            case .enter: isFiltering = false
            case .escape:
                isFiltering = false
                setFilter("")
            case .backspace:
                if !filter.isEmpty { setFilter(String(filter.dropLast())) }
            case .character(let c):
                setFilter(filter + String(c))
            case .up, .down, .pageUp, .pageDown, .home, .end:
                return apply(ListState.bindings.action(for: key), height: height)
            default: return false
            }
            clamp(height: height)
            return true
        }
        if key == .escape && filter.isEmpty { return false }
        return apply(ListState.bindings.action(for: key), height: height)
    }

    /// Inserts pasted text into the filter while it is typed.
    public mutating func paste(_ text: String, height: Int) -> Bool {
        guard isFiltering else { return false }
        setFilter(filter + text.filter { !$0.isNewline })
        clamp(height: height)
        return true
    }

    private mutating func apply(_ action: Action?, height: Int) -> Bool {
        guard let action else { return false }
        let page = max(1, height)
        switch action {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp:
            selection -= page
            offset -= page
        case .pageDown:
            // One screen further: the row that was below the last visible one comes to the top.
            selection += page
            offset += page
        case .top: selection = 0
        case .bottom: selection = visible.count - 1
        case .startFilter: isFiltering = true
        case .clearFilter: setFilter("")
        }
        clamp(height: height)
        return true
    }

    private mutating func setFilter(_ text: String) {
        filter = text
        let query = filter.folded
        visible = query.isEmpty ? Array(keys.indices) : keys.indices.filter { keys[$0].contains(query) }
        selection = 0
        offset = 0
    }

    /// Whether a filter line shows under the list.
    public var showsFilterLine: Bool { isFiltering || !filter.isEmpty }

    /// Keeps the selection in range and visible in `height` rows, and the list filling them.
    public mutating func clamp(height: Int) {
        selection = min(max(0, selection), max(0, visible.count - 1))
        guard height > 0 else {
            offset = 0
            return
        }
        offset = min(max(0, offset), max(0, visible.count - height))
        if selection < offset { offset = selection }
        if selection >= offset + height { offset = selection - height + 1 }
    }

    /// The keys this list answers to now, for help and the conflict check.
    public var section: KeySection {
        isFiltering ? ListState.filterBindings.section : ListState.bindings.section
    }
}
