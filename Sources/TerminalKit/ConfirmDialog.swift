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

    /// Draws the question in a box, wrapped when it is long.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let width = min(rect.width, 70, max(30, ScreenBuffer.width(of: question) + 6))
        let lines = Paragraph.lines(question, width: max(1, width - 4))
        let box = rect.centered(Size(width: width, height: lines.count + 4))
        buffer.fill(box)
        buffer.box(box, role: .warning)
        for (row, line) in lines.prefix(max(0, box.height - 4)).enumerated() {
            buffer.write(line, x: box.x + 2, y: box.y + 1 + row, width: box.width - 4)
        }
        buffer.write("y yes   n no", x: box.x + 2, y: box.maxY - 2, width: box.width - 4, role: .key)
    }
}
