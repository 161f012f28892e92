/// One key of a screen, widget or modal: the keys that trigger it, a short label for the
/// footer, a sentence for the help, and the action it stands for.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public let keys: [Key]
    /// How the keys are shown (`"↑↓/jk"`); defaults to the keys' names joined by `/`.
    public let keyLabel: String
    public let label: String
    public let help: String
    public let action: Action
    /// Shown in the footer (all bindings are in the help).
    public let inFooter: Bool
    /// Takes the key from the tables below on purpose (a list's `Esc` clears its filter before
    /// `Esc` goes back); without it, a key bound in two active tables is a conflict.
    public let overrides: Bool

    public init(_ keys: [Key], _ label: String, help: String? = nil, keyLabel: String? = nil, inFooter: Bool = true,
                overrides: Bool = false, action: Action) {
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.description).joined(separator: "/")
        self.label = label
        self.help = help ?? label
        self.action = action
        self.inFooter = inFooter
        self.overrides = overrides
    }

    /// The binding without its action: what help, the footer and the conflict check need.
    public var entry: KeyEntry {
        KeyEntry(keys: keys, keyLabel: keyLabel, label: label, help: help, inFooter: inFooter, overrides: overrides)
    }
}

/// A binding as help and the footer show it, whatever its action type.
public struct KeyEntry: Hashable, Sendable {
    public let keys: [Key]
    public let keyLabel: String
    public let label: String
    public let help: String
    public let inFooter: Bool
    public let overrides: Bool

    public init(keys: [Key], keyLabel: String, label: String, help: String, inFooter: Bool = false, overrides: Bool = false) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.label = label
        self.help = help
        self.inFooter = inFooter
        self.overrides = overrides
    }
}
