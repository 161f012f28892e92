/// Several of a list of options, each checked or not: `Space` checks the one under the cursor,
/// `Ctrl-N` `Ctrl-P` move (`↑` `↓` stay free to move between a form's fields). It holds the
/// checked values, in the options' order.
public struct Checklist: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case toggle, next, previous }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.checklist, [
            KeyBinding([.character(" "), .character("x")], w.check, help: w.checkHelp, keyLabel: w.space,
                       action: .toggle),
            KeyBinding([.control("n"), .pageDown], w.next, help: w.nextOption, keyLabel: "Ctrl-N", action: .next),
            KeyBinding([.control("p"), .pageUp], w.previous, help: w.previousOption, keyLabel: "Ctrl-P", action: .previous),
        ])
    }

    public private(set) var options: [Choice]
    public private(set) var checked: [String]
    public private(set) var cursor = 0
    /// Shown when there are no options.
    public let emptyText: String?

    public init(_ options: [Choice], checked: [String] = [], emptyText: String? = nil) {
        self.options = options
        // Before its options are loaded a list keeps what it was given: a recognition's links
        // must survive until the contributions they point at are offered.
        self.checked = options.isEmpty ? checked : options.map(\.value).filter(checked.contains)
        self.emptyText = emptyText
    }

    /// The checked values, in the order of the options.
    public var values: [String] { checked }

    /// New options (another person's contributions), keeping what stays checked.
    public mutating func replaceOptions(_ newOptions: [Choice]) {
        options = newOptions
        checked = newOptions.map(\.value).filter(checked.contains)
        cursor = min(cursor, max(0, newOptions.count - 1))
    }

    public mutating func handle(_ key: Key) -> Bool {
        guard let action = Checklist.bindings.action(for: key) else { return false }
        guard !options.isEmpty else { return true }
        switch action {
        case .toggle:
            let value = options[cursor].value
            if let index = checked.firstIndex(of: value) {
                checked.remove(at: index)
            } else {
                checked = options.map(\.value).filter { checked.contains($0) || $0 == value }
            }
        case .next: cursor = min(options.count - 1, cursor + 1)
        case .previous: cursor = max(0, cursor - 1)
        }
        return true
    }

    /// Draws the options around the cursor in `rect` (one row a line), or, unfocused, a
    /// summary line.
    public func draw(in rect: Rect, focused: Bool, summary: String, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        buffer.fill(rect, role: focused ? .normal : .input)
        guard focused else {
            buffer.writePadded(summary, x: rect.x, y: rect.y, width: rect.width, role: .input)
            return
        }
        guard !options.isEmpty else {
            buffer.write(emptyText ?? KitWords.current.nothingToChoose, x: rect.x + 1, y: rect.y, width: rect.width - 1, role: .muted)
            return
        }
        let top = max(0, min(cursor - rect.height + 1, options.count - rect.height))
        for line in 0..<min(rect.height, options.count - top) {
            let index = top + line
            let mark = checked.contains(options[index].value) ? "[x] " : "[ ] "
            buffer.writePadded(mark + options[index].label, x: rect.x, y: rect.y + line, width: rect.width,
                               role: index == cursor ? .selected : .normal)
        }
    }
}
