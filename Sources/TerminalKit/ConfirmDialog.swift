/// A yes/no question in a box: `y` answers yes, `n` or `Esc` no.
public struct ConfirmDialog: Hashable, Sendable {
    public let question: String

    public init(_ question: String) {
        self.question = question
    }

    /// `true` for yes, `false` for no, `nil` for any other key.
    public func answer(_ key: Key) -> Bool? {
        switch key {
        case .character("y"), .character("Y"): true
        case .character("n"), .character("N"), .escape: false
        default: nil
        }
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
