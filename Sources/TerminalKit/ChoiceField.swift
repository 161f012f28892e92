import KartrekkerText

/// A field with a fixed set of options: `←` `→` step through them; typing jumps to the first
/// option whose label starts with what was typed (case- and accent-insensitive). It holds a
/// value, not a label.
public struct ChoiceField: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case previous, next, type }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.choice, [
            KeyBinding([.left], w.previous, help: w.previousOption, inFooter: false, action: .previous),
            KeyBinding([.right, .character(" ")], w.next, help: w.nextOption, keyLabel: "→/" + w.space, inFooter: false, action: .next),
            KeyBinding([], w.type, help: w.lettersJump, keyLabel: w.letters, inFooter: false,
                       action: .type),
        ])
    }

    public let options: [Choice]
    /// The chosen option; `nil` until one is chosen where there is no default.
    public private(set) var index: Int?
    /// Shown while nothing is chosen.
    public let placeholder: String
    private var typed = ""

    /// `selected: nil` starts with nothing chosen (a choice that has no default).
    public init(_ options: [Choice], selected: Int? = 0, placeholder: String = "") {
        self.options = options
        index = selected.map { min(max(0, $0), max(0, options.count - 1)) }
        self.placeholder = placeholder
    }

    /// Options whose labels are their values.
    public init(_ options: [String], selected: Int? = 0) {
        self.init(options.map(Choice.init), selected: selected)
    }

    /// The chosen option's value.
    public var value: String? { index.flatMap { options.indices.contains($0) ? options[$0].value : nil } }
    public var label: String? { index.flatMap { options.indices.contains($0) ? options[$0].label : nil } }

    /// Chooses the option with `value`, if there is one.
    public mutating func select(value: String) {
        if let found = options.firstIndex(where: { $0.value == value }) { index = found }
    }

    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch ChoiceField.bindings.action(for: key) {
        case .previous:
            index = ((index ?? 0) + options.count - 1) % options.count
            typed = ""
            return true
        case .next:
            index = index.map { ($0 + 1) % options.count } ?? 0
            typed = ""
            return true
        default: break
        }
        switch key {
        case .backspace:
            typed = String(typed.dropLast())
        case .character(let c):
            let attempt = (typed + String(c)).folded
            if let match = options.firstIndex(where: { $0.label.folded.hasPrefix(attempt) }) {
                typed += String(c)
                index = match
            } else if let match = options.firstIndex(where: { $0.label.folded.hasPrefix(String(c).folded) }) {
                typed = String(c)
                index = match
            }
        default:
            return false
        }
        return true
    }

    /// Draws `‹ label ›` in `width` columns.
    public func draw(at x: Int, y: Int, width: Int, focused: Bool, on buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        let arrows = buffer.glyphs.unicode ? ("‹ ", " ›") : ("< ", " >")
        guard let label else {
            buffer.write(placeholder, x: x, y: y, width: width, role: focused ? .selected : .muted)
            return
        }
        buffer.write(arrows.0 + label + arrows.1, x: x, y: y, width: width, role: focused ? .selected : .input)
    }
}
