/// The keys of one screen, widget or modal. The footer hints, the `?` help and `docs/keys.md`
/// are all drawn from binding tables, so they can never disagree with what the keys do.
public struct BindingTable<Action: Hashable & Sendable>: Sendable {
    public let title: String
    public let bindings: [KeyBinding<Action>]

    public init(title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action `key` triggers in this table, if any.
    public func action(for key: Key) -> Action? {
        guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { return nil }
        return binding.keyActions[key] ?? binding.action
    }

    /// The table as a section of help.
    public var section: KeySection {
        KeySection(title: title, entries: bindings.map(\.entry))
    }

    /// The footer: `key label` pairs, as many as fit in `rect`'s first row.
    public func drawFooter(in rect: Rect, on buffer: inout ScreenBuffer) {
        KeyMap([section]).drawFooter(in: rect, on: &buffer)
    }
}
