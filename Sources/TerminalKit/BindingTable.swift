/// The keys of one screen. The footer hints and the `?` help overlay are both drawn from it,
/// so they can never disagree with what the keys do.
public struct BindingTable<Action: Hashable & Sendable>: Sendable {
    public let title: String
    public let bindings: [KeyBinding<Action>]

    public init(title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action `key` triggers on this screen, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The footer: `key label` pairs, as many as fit in `rect`'s first row.
    public func drawFooter(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        for binding in bindings where binding.inFooter {
            let needed = ScreenBuffer.width(of: binding.keyLabel) + 1 + ScreenBuffer.width(of: binding.label)
            guard x + needed <= rect.maxX else { break }
            x += buffer.write(binding.keyLabel, x: x, y: rect.y, role: .key)
            x += buffer.write(" " + binding.label, x: x, y: rect.y, role: .muted)
            x += 2
        }
    }

    /// The help overlay: a box in the middle of `rect` listing every binding.
    public func drawHelp(in rect: Rect, on buffer: inout ScreenBuffer, closeHint: String = "? / Esc / q close") {
        let keyWidth = min(18, bindings.map { ScreenBuffer.width(of: $0.keyLabel) }.max() ?? 0)
        let helpWidth = bindings.map { ScreenBuffer.width(of: $0.help) }.max() ?? 0
        let width = min(rect.width, max(keyWidth + helpWidth + 7, ScreenBuffer.width(of: title) + 8, ScreenBuffer.width(of: closeHint) + 6))
        let height = min(rect.height, bindings.count + 4)
        let box = rect.centered(Size(width: width, height: height))
        buffer.fill(box)
        buffer.box(box, title: "Help: " + title)
        for (row, binding) in bindings.prefix(max(0, box.height - 4)).enumerated() {
            let y = box.y + 1 + row
            buffer.writePadded(binding.keyLabel, x: box.x + 2, y: y, width: keyWidth, role: .key)
            buffer.write(binding.help, x: box.x + 3 + keyWidth, y: y, width: box.maxX - box.x - keyWidth - 5)
        }
        buffer.write(closeHint, x: box.x + 2, y: box.maxY - 2, width: box.width - 4, role: .muted)
    }
}
