/// One key of a screen: the keys that trigger it, a short label for the footer, a sentence
/// for the help overlay, and the action it stands for.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public let keys: [Key]
    /// How the keys are shown (`"↑↓/jk"`); defaults to the keys' names joined by `/`.
    public let keyLabel: String
    public let label: String
    public let help: String
    public let action: Action
    /// Shown in the footer (all bindings are in the help).
    public let inFooter: Bool

    public init(_ keys: [Key], _ label: String, help: String? = nil, keyLabel: String? = nil, inFooter: Bool = true,
                action: Action) {
        self.keys = keys
        self.keyLabel = keyLabel ?? keys.map(\.description).joined(separator: "/")
        self.label = label
        self.help = help ?? label
        self.action = action
        self.inFooter = inFooter
    }
}
