/// One titled group of keys in help ("Global", "Leaderboard", "List", "Text field").
public struct KeySection: Hashable, Sendable {
    public let title: String
    public let entries: [KeyEntry]

    public init(title: String, entries: [KeyEntry]) {
        self.title = title
        self.entries = entries
    }

    /// The same section without bindings to printable characters: while a text field has the
    /// focus, letters are text, not commands.
    public var withoutPrintableKeys: KeySection {
        KeySection(title: title, entries: entries.filter { entry in
            !entry.keys.contains { if case .character = $0 { true } else { false } }
        })
    }
}
