/// A small runnable showcase of the kit on the runner, for trying the backend on a real
/// terminal and for its tests: a table with bars and sparklines over awkward names (accents,
/// CJK, emoji, and one full of control and bidi characters), a text field, a choice, footer
/// hints, help, a toast, a confirm dialog and the "too small" screen.
public struct KitGallery: Program, Sendable {
    public typealias Message = Never

    public enum Action: Hashable, Sendable {
        case quit, help, suspend, redraw, focusNext, confirm
    }

    public enum Modal: Hashable, Sendable {
        case help(HelpOverlay)
        case confirm(ConfirmDialog)
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

    public private(set) var list = ListState(keys: KitGallery.names.map(\.0))
    public private(set) var note = TextField("Lekkage opgelost")
    public private(set) var kind = ChoiceField(["thanks", "compliment", "gift", "bonus", "award"])
    /// 0: table, 1: note, 2: kind.
    public private(set) var focus = 0
    public private(set) var modals = ModalStack<Modal>()
    public private(set) var toast: Toast?
    public private(set) var size = Size(width: 80, height: 24)
    /// The crash key works only when asked for, so a stray `!` never kills the demo.
    public let crashAllowed: Bool

    public init(crashAllowed: Bool = false) {
        self.crashAllowed = crashAllowed
    }

    public static let bindings = BindingTable<Action>(title: "Kit gallery", [
        KeyBinding([.tab], "next", help: "Move between the table, the note and the kind", action: .focusNext),
        KeyBinding([.character("?")], "help", help: "Show or hide this help", action: .help),
        KeyBinding([.character("x")], "confirm", help: "Ask a yes/no question", action: .confirm),
        KeyBinding([.control("z")], "suspend", help: "Suspend to the shell (fg to come back)", action: .suspend),
        KeyBinding([.control("l")], "redraw", help: "Redraw the screen", inFooter: false, action: .redraw),
        KeyBinding([.character("q"), .control("c")], "quit", help: "Quit", keyLabel: "q", action: .quit),
    ])

    /// Where things go at the current size: `update` pages the table with it, `view` draws it.
    struct Parts {
        let title: Rect
        let body: Rect
        let footer: Rect
        let table: Rect
        let lower: Rect

        init(_ size: Size) {
            let layout = Layout(size, headerRows: 1, footerRows: 1)
            title = layout.header
            body = layout.body
            footer = layout.footer
            (table, lower) = layout.body.inset(by: 1).splitTop(layout.body.height - 6)
        }
    }

    var parts: Parts { Parts(size) }

    /// Rows of names the table shows (under its header, above a filter line).
    var tableRows: Int { ListView.rows(in: parts.table.splitTop(1).rest, state: list) }

    /// The keys active now, highest priority first: the top modal, the focused widget, the
    /// gallery's own. While the note or the kind has the focus, letters are theirs.
    public var keyMap: KeyMap {
        switch modals.top {
        case .help: return KeyMap([HelpOverlay.bindings.section])
        case .confirm: return KeyMap([ConfirmDialog.bindings.section])
        case nil: break
        }
        switch focus {
        case 0: return KeyMap([list.section] + (list.isFiltering ? [] : [KitGallery.bindings.section]))
        case 1: return KeyMap([TextField.bindings.section, KitGallery.bindings.section.withoutPrintableKeys])
        default: return KeyMap([ChoiceField.bindings.section, KitGallery.bindings.section.withoutPrintableKeys])
        }
    }

    public var wantsFrequentTicks: Bool { toast != nil }

    public mutating func update(_ input: Input<Never>) -> [Effect<Never>] {
        guard case .event(let event) = input else { return [] }
        switch event {
        case .resize(let newSize):
            size = newSize
            list.clamp(height: tableRows)
            if case .help(var help) = modals.top {
                help.clamp(in: parts.body)
                modals.updateTop { $0 = .help(help) }
            }
            return []
        case .tick(let now):
            if var current = toast {
                toast = current.tick(now) ? nil : current
            }
            return []
        case .paste(let text):
            if focus == 1 && modals.isEmpty { note.insert(text) }
            _ = list.paste(text, height: tableRows)
            return []
        case .signal, .dataChanged:
            return []
        case .key(let key):
            return handle(key)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect<Never>] {
        if key == .control("c") { return [.quit] }
        switch modals.top {
        case .confirm(let dialog):
            if let answer = dialog.answer(key) {
                modals.pop()
                toast = Toast(answer ? "You said yes" : "You said no", kind: answer ? .success : .info)
            }
            return []
        case .help(var help):
            if help.handle(key, in: parts.body) {
                modals.updateTop { $0 = .help(help) }
            } else {
                modals.pop()
            }
            return []
        case nil:
            break
        }
        if key == .character("!") && crashAllowed {
            return [.perform { fatalError("crash on purpose (kit-demo --allow-crash)") }]
        }
        // In a text field, printable keys are text.
        if focus == 1, note.handle(key) { return [] }
        if focus == 2, key != .tab, kind.handle(key) { return [] }
        if focus == 0, list.handle(key, height: tableRows) { return [] }
        guard let action = KitGallery.bindings.action(for: key) else { return [] }
        switch action {
        case .help:
            var help = HelpOverlay(title: "Kit gallery", keyMap: keyMap)
            help.clamp(in: parts.body)
            modals.push(.help(help))
        case .focusNext: focus = (focus + 1) % 3
        case .confirm: modals.push(.confirm(ConfirmDialog("Really?")))
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        }
        return []
    }

    public func view(into buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.width >= KitGallery.minimum.width, size.height >= KitGallery.minimum.height else {
            TooSmallScreen.draw(size: size, minimum: KitGallery.minimum, on: &buffer)
            return
        }
        let parts = Parts(size)
        buffer.fill(buffer.bounds)
        buffer.writePadded(" TerminalKit gallery", x: 0, y: parts.title.y, width: size.width, role: .title)
        buffer.write("\(size.width)×\(size.height) ", x: size.width - 8, y: 0, width: 8, role: .muted)
        let table = TableView(columns: [
            .init("NAME", width: 14, weight: 1), .init("SCORE", width: 7, alignRight: true),
            .init("", width: 12, weight: 1), .init("TREND", width: 7),
        ], sort: (1, false))
        let best = KitGallery.names.map(\.1).max() ?? 1
        let glyphs = buffer.glyphs
        table.draw(list, in: parts.table, on: &buffer) { index in
            let (name, score, trend) = KitGallery.names[index]
            return [(name, nil), (String(score), nil),
                    (BarView.text(score, of: best, width: 12, glyphs: glyphs), .bar),
                    (Sparkline.text(trend, glyphs: glyphs), .accent)]
        }
        let lower = parts.lower
        let fieldX = lower.x + 7
        buffer.write("Note", x: lower.x, y: lower.y + 1, role: focus == 1 ? .accent : .muted)
        note.draw(at: fieldX, y: lower.y + 1, width: max(1, min(40, lower.width - 8)), focused: focus == 1, on: &buffer)
        buffer.write("Kind", x: lower.x, y: lower.y + 3, role: focus == 2 ? .accent : .muted)
        kind.draw(at: fieldX, y: lower.y + 3, width: 16, focused: focus == 2, on: &buffer)
        KitGallery.bindings.drawFooter(in: parts.footer, on: &buffer)
        if let toast { toast.draw(in: parts.body, on: &buffer) }
        switch modals.top {
        case .confirm(let dialog): dialog.draw(in: parts.body, on: &buffer)
        case .help(let help): help.draw(in: parts.body, on: &buffer)
        case nil: break
        }
    }
}
