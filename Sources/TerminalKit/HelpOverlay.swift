/// The `?` help: every active key, in sections, in a box over the screen; scrolls with the
/// list keys when it does not fit, and closes with `?`, `Esc` or `q`.
public struct HelpOverlay: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case close, up, down, pageUp, pageDown, top, bottom }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.help, [
            KeyBinding([.up, .character("k")], w.scrollUp, keyLabel: "↑/k", action: .up),
            KeyBinding([.down, .character("j")], w.scrollDown, keyLabel: "↓/j", action: .down),
            KeyBinding([.pageUp], w.pageUp, action: .pageUp),
            KeyBinding([.pageDown, .character(" ")], w.pageDown, keyLabel: "PgDn/" + w.space, action: .pageDown),
            KeyBinding([.home, .character("g")], w.top, keyLabel: "Home/g", action: .top),
            KeyBinding([.end, .character("G")], w.bottom, keyLabel: "End/G", action: .bottom),
            KeyBinding([.character("?"), .escape, .character("q")], w.close, keyLabel: "?/Esc/q", action: .close),
        ])
    }

    /// The keys it explains, highest priority first.
    public let keyMap: KeyMap
    public let title: String
    public private(set) var offset = 0

    public init(title: String, keyMap: KeyMap) {
        self.title = title
        self.keyMap = keyMap
    }

    /// Applies a key in `rect` (the area it is drawn in); returns `false` once it closes.
    public mutating func handle(_ key: Key, in rect: Rect) -> Bool {
        guard let action = HelpOverlay.bindings.action(for: key) else { return true }
        let page = max(1, visibleRows(in: rect))
        switch action {
        case .close: return false
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= page
        case .pageDown: offset += page
        case .top: offset = 0
        case .bottom: offset = Int.max / 2
        }
        clamp(in: rect)
        return true
    }

    /// Keeps the scroll within the lines at `rect`'s size (after a resize).
    public mutating func clamp(in rect: Rect) {
        offset = min(max(0, offset), max(0, lines.count - visibleRows(in: rect)))
    }

    private var keyWidth: Int {
        min(18, keyMap.sections.flatMap(\.entries).map { ScreenBuffer.width(of: $0.keyLabel) }.max() ?? 0)
    }

    private var lines: [KeyMap.HelpLine] { keyMap.helpLines() }

    private var closeHint: String { "?/Esc/q " + KitWords.current.close }

    public func box(in rect: Rect) -> Rect {
        let helpWidth = keyMap.sections.flatMap(\.entries).map { ScreenBuffer.width(of: $0.help) }.max() ?? 0
        let width = min(rect.width, max(keyWidth + helpWidth + 7, ScreenBuffer.width(of: title) + 12, 40))
        return rect.centered(Size(width: width, height: min(rect.height, lines.count + 4)))
    }

    /// The rows of lines the box shows.
    public func visibleRows(in rect: Rect) -> Int {
        max(0, box(in: rect).height - 4)
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let box = box(in: rect)
        guard box.width >= 8, box.height >= 4 else { return }
        buffer.fill(box)
        buffer.box(box, title: KitWords.current.help + ": " + title)
        let rows = visibleRows(in: rect)
        let start = min(max(0, offset), max(0, lines.count - rows))
        for (row, line) in lines.dropFirst(start).prefix(rows).enumerated() {
            let y = box.y + 1 + row
            switch line {
            case .title(let text): buffer.write(text, x: box.x + 2, y: y, width: box.width - 4, role: .header)
            case .entry(let keys, let help):
                buffer.writePadded(keys, x: box.x + 2, y: y, width: keyWidth, role: .key)
                buffer.write(help, x: box.x + 3 + keyWidth, y: y, width: box.maxX - box.x - keyWidth - 5)
            case .blank: break
            }
        }
        var hint = closeHint
        if lines.count > rows {
            let up = start > 0 ? buffer.glyphs.up : " "
            let down = start + rows < lines.count ? buffer.glyphs.down : " "
            hint = "\(up)\(down) " + KitWords.current.of(start + 1, min(lines.count, start + rows), lines.count) + "   " + closeHint
        }
        buffer.write(hint, x: box.x + 2, y: box.maxY - 2, width: box.width - 4, role: .muted)
    }
}
