/// A small runnable showcase of the kit, for trying the backend on a real terminal and for
/// its tests: a table with bars and sparklines over awkward names (accents, CJK, emoji, and one
/// full of control and bidi characters), a text field, a choice, footer hints, help, a toast,
/// a confirm dialog and the "too small" screen.
public struct KitGallery: Sendable {
    public enum Action: Hashable, Sendable {
        case quit, help, suspend, redraw, crash, focusNext, confirm, none
    }

    public static let minimum = Size(width: 60, height: 16)

    public static let names: [(String, Int, [Int])] = [
        ("Anna de Vries", 42, [1, 3, 2, 5, 4, 6, 8]),
        ("Çelik Yılmaz", 37, [2, 2, 3, 3, 4, 5, 5]),
        ("李小龙", 29, [5, 4, 3, 2, 3, 4, 5]),
        ("Zoë 😀 Smile", 17, [0, 1, 0, 2, 1, 3, 2]),
        ("Evil\u{1B}[2J\u{202E}eman", 9, [1, 0, 0, 1, 0, 0, 1]),
        ("Noë van 't Hof", 4, [0, 0, 1, 0, 0, 1, 0]),
    ]

    public var list = ListState(keys: KitGallery.names.map(\.0))
    public var note = TextField("Lekkage opgelost")
    public var kind = ChoiceField(["thanks", "compliment", "gift", "bonus", "award"])
    /// 0: table, 1: note, 2: kind.
    public private(set) var focus = 0
    public private(set) var showingHelp = false
    public private(set) var confirming = false
    public private(set) var toast: Toast?
    /// The crash key works only when asked for, so a stray `!` never kills the demo.
    public let crashAllowed: Bool

    public init(crashAllowed: Bool = false) {
        self.crashAllowed = crashAllowed
    }

    public var bindings: BindingTable<Action> {
        BindingTable(title: "Kit gallery", [
            KeyBinding([.tab], "next", help: "Move between the table, the note and the kind", action: .focusNext),
            KeyBinding([.character("?")], "help", help: "Show or hide this help", action: .help),
            KeyBinding([.character("x")], "confirm", help: "Ask a yes/no question", action: .confirm),
            KeyBinding([.control("z")], "suspend", help: "Suspend to the shell (fg to come back)", action: .suspend),
            KeyBinding([.control("l")], "redraw", help: "Redraw the screen", inFooter: false, action: .redraw),
            KeyBinding([.character("q"), .control("c")], "quit", help: "Quit", keyLabel: "q", action: .quit),
        ])
    }

    /// Applies a key; returns what the loop must do.
    public mutating func handle(_ key: Key) -> Action {
        if key == .control("c") { return .quit }
        if confirming {
            if let answer = ConfirmDialog("Really?").answer(key) {
                confirming = false
                toast = Toast(answer ? "You said yes" : "You said no", kind: answer ? .success : .info)
            }
            return .none
        }
        if showingHelp {
            if key == .character("?") || key == .escape || key == .character("q") { showingHelp = false }
            return .none
        }
        if key == .character("!") && crashAllowed { return .crash }
        // In a text field, printable keys are text.
        if focus == 1, note.handle(key) {
            return .none
        }
        if focus == 2, key != .tab, kind.handle(key) {
            return .none
        }
        if focus == 0, list.handle(key, height: 8) {
            return .none
        }
        guard let action = bindings.action(for: key) else { return .none }
        switch action {
        case .help: showingHelp = true
        case .focusNext: focus = (focus + 1) % 3
        case .confirm: confirming = true
        default: return action
        }
        return .none
    }

    /// Time passes: toasts fade.
    public mutating func tick() {
        if var current = toast {
            current.remaining -= 1
            toast = current.remaining > 0 ? current : nil
        }
    }

    public mutating func draw(on buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.width >= KitGallery.minimum.width, size.height >= KitGallery.minimum.height else {
            TooSmallScreen.draw(size: size, minimum: KitGallery.minimum, on: &buffer)
            return
        }
        buffer.fill(buffer.bounds)
        let (titleRow, rest) = buffer.bounds.splitTop(1)
        buffer.writePadded(" TerminalKit gallery", x: 0, y: titleRow.y, width: size.width, role: .title)
        buffer.write("\(size.width)×\(size.height) ", x: size.width - 8, y: 0, width: 8, role: .muted)
        let (body, footer) = rest.splitBottom(1)
        let (tableArea, lower) = body.inset(by: 1).splitTop(body.height - 6)
        let table = TableView(columns: [
            .init("NAME", width: 14, weight: 1), .init("SCORE", width: 7, alignRight: true),
            .init("", width: 12, weight: 1), .init("TREND", width: 7),
        ], sort: (1, false))
        let best = KitGallery.names.map(\.1).max() ?? 1
        let glyphs = buffer.glyphs
        table.draw(&list, in: tableArea, on: &buffer) { index in
            let (name, score, trend) = KitGallery.names[index]
            return [(name, nil), (String(score), nil),
                    (BarView.text(score, of: best, width: 12, glyphs: glyphs), .bar),
                    (Sparkline.text(trend, glyphs: glyphs), .accent)]
        }
        let fieldX = lower.x + 7
        buffer.write("Note", x: lower.x, y: lower.y + 1, role: focus == 1 ? .accent : .muted)
        note.draw(at: fieldX, y: lower.y + 1, width: max(1, min(40, lower.width - 8)), focused: focus == 1, on: &buffer)
        buffer.write("Kind", x: lower.x, y: lower.y + 3, role: focus == 2 ? .accent : .muted)
        kind.draw(at: fieldX, y: lower.y + 3, width: 16, focused: focus == 2, on: &buffer)
        bindings.drawFooter(in: footer, on: &buffer)
        if let toast { toast.draw(in: body, on: &buffer) }
        if confirming { ConfirmDialog("Really?").draw(in: body, on: &buffer) }
        if showingHelp { bindings.drawHelp(in: body, on: &buffer) }
    }
}
