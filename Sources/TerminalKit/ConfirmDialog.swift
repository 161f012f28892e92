/// A yes/no question in a box: `y` answers yes, `n` or `Esc` no.
public struct ConfirmDialog: Hashable, Sendable {
    public static var bindings: BindingTable<Bool> {
        let w = KitWords.current
        return BindingTable<Bool>(title: w.question, [
            // In Dutch `j` (ja) says yes too; in English it stays a key that means nothing here.
            KeyBinding([.character("y"), .character("Y")] + (w.language == .dutch ? [.character("j"), .character("J")] : []), w.yes, keyLabel: w.yesKey, action: true),
            KeyBinding([.character("n"), .character("N"), .escape], w.no, keyLabel: "n/Esc", overrides: true, action: false),
        ])
    }

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
        let words = KitWords.current
        buffer.write("\(words.yesKey) \(words.yes)   n \(words.no)", x: box.x + 2, y: box.maxY - 2, width: box.width - 4, role: .key)
    }
}
