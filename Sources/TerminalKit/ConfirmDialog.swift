/// A yes/no question in a box: `y` answers yes, `n` or `Esc` no.
public struct ConfirmDialog: Hashable, Sendable {
    public static let bindings = BindingTable<Bool>(title: "Question", [
        KeyBinding([.character("y"), .character("Y")], "yes", keyLabel: "y", action: true),
        KeyBinding([.character("n"), .character("N"), .escape], "no", keyLabel: "n/Esc", overrides: true, action: false),
    ])

    public let question: String

    public init(_ question: String) {
        self.question = question
    }

    /// `true` for yes, `false` for no, `nil` for any other key.
    public func answer(_ key: Key) -> Bool? {
        ConfirmDialog.bindings.action(for: key)
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let width = min(rect.width, max(30, ScreenBuffer.width(of: question) + 6))
        let box = rect.centered(Size(width: width, height: 5))
        buffer.fill(box)
        buffer.box(box, role: .warning)
        buffer.write(question, x: box.x + 2, y: box.y + 1, width: box.width - 4)
        buffer.write("y yes   n no", x: box.x + 2, y: box.y + 3, width: box.width - 4, role: .key)
    }
}
