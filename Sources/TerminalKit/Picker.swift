import Foundation
import KartrekkerText

/// Chooses one item of a long list by typing: the list filters as you type (case- and
/// accent-insensitive, on every word start and anywhere in the text); `Ctrl-N` `Ctrl-P` move
/// among the matches, while `↓` and `↑` stay free to move between a form's fields. It holds
/// the chosen item's value (an id), not its label.
public struct Picker: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case next, previous, type }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.picker, [
            KeyBinding([], w.type, help: w.lettersFilterNames, keyLabel: w.letters,
                       inFooter: false, action: .type),
            KeyBinding([.control("n"), .pageDown], w.nextMatch, help: w.nextMatchHelp, keyLabel: "Ctrl-N", action: .next),
            KeyBinding([.control("p"), .pageUp], w.previousMatch, help: w.previousMatchHelp, keyLabel: "Ctrl-P", action: .previous),
        ])
    }

    public let items: [Choice]
    private let keys: [String]
    public private(set) var query: TextField
    public private(set) var matches: [Int]
    public private(set) var selection = 0
    /// The query shows a chosen item's whole label (not typed): the first letter typed or a
    /// paste replaces it, as in a select box, rather than being appended to the label.
    public private(set) var showsChoice = false
    /// Where typed text that matches nothing is a new item (a new team): what to say instead of
    /// "No match", followed by the text typed.
    public var newItemHint: String?
    /// Where set, choosing is optional: with nothing typed the picker chooses nothing and says
    /// this (an untouched picker must not quietly choose its first item).
    public var noneLabel: String?

    public init(_ items: [Choice], query: String = "") {
        self.items = items
        keys = items.map(\.label.folded)
        self.query = TextField(query)
        matches = Array(items.indices)
        refilter()
    }

    /// Items whose labels are their values.
    public init(_ labels: [String], query: String = "") {
        self.init(labels.map(Choice.init), query: query)
    }

    /// The chosen item's index in `items`.
    public var selected: Int? {
        if noneLabel != nil, query.text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        return matches.indices.contains(selection) ? matches[selection] : nil
    }

    /// The chosen item's value.
    public var value: String? { selected.map { items[$0].value } }

    /// Chooses the item with `value`, showing its label as the query.
    public mutating func select(value: String) {
        guard let index = items.firstIndex(where: { $0.value == value }) else { return }
        query = TextField(items[index].label)
        refilter()
        selection = matches.firstIndex(of: index) ?? 0
        showsChoice = true
    }

    public mutating func handle(_ key: Key) -> Bool {
        switch Picker.bindings.action(for: key) {
        case .next:
            selection = min(max(0, matches.count - 1), selection + 1)
            return true
        case .previous:
            selection = max(0, selection - 1)
            return true
        default:
            if showsChoice {
                if case .character = key {
                    // Typing over a chosen name starts a new search.
                    query = TextField()
                } else if let erase = TextField.bindings.action(for: key), [.backspace, .deleteWord, .deleteToStart].contains(erase) {
                    // Erasing backwards clears the whole name, as in a select box.
                    query = TextField()
                    showsChoice = false
                    refilter()
                    return true
                }
            }
            let before = query.text
            guard query.handle(key) else { return false }
            showsChoice = false
            if query.text != before { refilter() }
            return true
        }
    }

    public mutating func paste(_ text: String) {
        if showsChoice { query = TextField() }
        showsChoice = false
        query.insert(text)
        refilter()
    }

    /// Items whose folded label starts with the query come first, then those where a word
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
            if key.hasPrefix(needle) {
                starts.append(index)
            } else if key.contains(" " + needle) {
                words.append(index)
            } else if key.contains(needle) {
                anywhere.append(index)
            }
        }
        matches = starts + words + anywhere
        selection = 0
    }

    /// Draws the query line and up to `rect.height - 1` matches below it.
    public func draw(in rect: Rect, focused: Bool, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        query.draw(at: rect.x, y: rect.y, width: rect.width, focused: focused, on: &buffer)
        let list = rect.splitTop(1).rest
        buffer.fill(list)
        guard !list.isEmpty else { return }
        if matches.isEmpty {
            let typed = query.text.trimmingCharacters(in: .whitespaces)
            if let newItemHint, !typed.isEmpty {
                buffer.write(newItemHint + " " + typed, x: list.x + 1, y: list.y, width: list.width - 1, role: .accent)
            } else {
                buffer.write(KitWords.current.noMatch, x: list.x + 1, y: list.y, width: list.width - 1, role: .muted)
            }
            return
        }
        let top = max(0, min(selection - list.height + 1, matches.count - list.height))
        for line in 0..<min(list.height, matches.count - top) {
            let position = top + line
            buffer.writePadded(items[matches[position]].label, x: list.x, y: list.y + line, width: list.width,
                               role: position == selection ? .selected : .normal)
        }
    }
}
