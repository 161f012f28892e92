import Foundation

import KartrekkerText

/// Chooses one item of a long list by typing: the list filters as you type (case- and
/// accent-insensitive, on every word start and anywhere in the text), `↑` `↓` move.
public struct Picker: Hashable, Sendable {
    public let items: [String]
    private let keys: [String]
    public private(set) var query: TextField
    public private(set) var matches: [Int]
    public private(set) var selection = 0

    public init(_ items: [String], query: String = "") {
        self.items = items
        keys = items.map(\.folded)
        self.query = TextField(query)
        matches = Array(items.indices)
        refilter()
    }

    /// The chosen item's index in `items`.
    public var selected: Int? { matches.indices.contains(selection) ? matches[selection] : nil }

    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up:
            selection = max(0, selection - 1)
        case .down:
            selection = min(max(0, matches.count - 1), selection + 1)
        default:
            guard query.handle(key) else { return false }
            refilter()
        }
        return true
    }

    /// Items whose folded text starts with the query come first, then those where a word
    /// starts with it, then those that contain it anywhere.
    private mutating func refilter() {
        let needle = query.text.folded.trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else {
            matches = Array(items.indices)
            selection = min(selection, max(0, matches.count - 1))
            return
        }
        var starts: [Int] = []
        var words: [Int] = []
        var anywhere: [Int] = []
        for (index, key) in keys.enumerated() {
            if key.hasPrefix(needle) { starts.append(index) } else if key.contains(" " + needle) { words.append(index) } else if key.contains(needle) { anywhere.append(index) }
        }
        matches = starts + words + anywhere
        selection = 0
    }

    /// Draws the query line and up to `rect.height - 1` matches below it.
    public mutating func draw(in rect: Rect, focused: Bool, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        query.draw(at: rect.x, y: rect.y, width: rect.width, focused: focused, on: &buffer)
        let list = rect.splitTop(1).rest
        buffer.fill(list)
        guard !list.isEmpty else { return }
        if matches.isEmpty {
            buffer.write("No match", x: list.x + 1, y: list.y, width: list.width - 1, role: .muted)
            return
        }
        let top = max(0, min(selection - list.height + 1, matches.count - list.height))
        for line in 0..<min(list.height, matches.count - top) {
            let position = top + line
            buffer.writePadded(items[matches[position]], x: list.x, y: list.y + line, width: list.width,
                               role: position == selection ? .selected : .normal)
        }
    }
}
