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
    /// Keys of this row that stand for an action of their own (the two directions of one
    /// row: `←` earlier, `→` later), so a handler never looks at the key again.
    public let keyActions: [Key: Action]

    public init(_ keys: [Key], _ label: String, help: String? = nil, keyLabel: String? = nil, inFooter: Bool = true,
                overrides: Bool = false, action: Action) {
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.description).joined(separator: "/")
        self.label = label
        self.help = help ?? label
        self.action = action
        self.inFooter = inFooter
        self.overrides = overrides
        keyActions = [:]
    }

    /// One row of the footer and help for keys that each do their own action: one thing in two
    /// directions (`←`/`h` one way, `→`/`l` the other).
    public init(_ keyActions: [(keys: [Key], action: Action)], _ label: String, help: String? = nil, keyLabel: String,
                inFooter: Bool = true, overrides: Bool = false) {
        self.keys = keyActions.flatMap(\.keys)
        self.keyLabel = keyLabel
        self.label = label
        self.help = help ?? label
        action = keyActions[0].action
        self.inFooter = inFooter
        self.overrides = overrides
        var actions: [Key: Action] = [:]
        for pair in keyActions { for key in pair.keys { actions[key] = pair.action } }
        self.keyActions = actions
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
