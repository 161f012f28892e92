import TerminalKit

/// An empty data directory: what kartrekker is, and the first steps (`d` loads the demo
/// organisation, with its progress; `a` adds the first employee).
struct WelcomeScreen {
    enum Action: Hashable, Sendable { case demo, add }

    /// Files written so far while the demo loads.
    var progress: (done: Int, total: Int)?
    /// Whether the demo is offered: it replaces everything, which on a database only its owner
    /// may do (a team lead starts by adding their people).
    var mayLoadDemo = true

    static func bindings(_ s: Strings, demo: Bool = true) -> BindingTable<Action> {
        BindingTable(title: s.appName, (demo ? [KeyBinding([.character("d")], s.keyDemo, help: s.welcomeDemo, action: .demo)] : []) + [
            KeyBinding([.character("a")], s.keyAdd, help: s.welcomeAdd, action: .add),
        ])
    }

    /// `database`: `directory` is a database's address rather than a data directory's path.
    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings, directory: String, database: Bool = false) {
        let body = layout.body
        var y = body.y + 1
        for line in s.welcomeLines {
            buffer.write(" " + line, x: body.x, y: y, width: body.width, role: y == body.y + 1 ? .title : .normal)
            y += 1
        }
        y += 1
        let options: [(String, String, String)] = (mayLoadDemo ? [("d", s.welcomeDemo, s.welcomeDemoDetail)] : [])
            + [("a", s.welcomeAdd, ""), ("q", s.welcomeQuit, "")]
        for (key, text, detail) in options {
            buffer.write(key, x: body.x + 3, y: y, role: .key)
            let used = buffer.write(text, x: body.x + 6, y: y)
            if !detail.isEmpty { buffer.write(detail, x: body.x + 9 + used, y: y, role: .muted) }
            y += 1
        }
        y += 1
        if let progress {
            buffer.write(" " + s.demoProgress(progress.done, progress.total), x: body.x, y: y, width: body.width, role: .accent)
            let bar = BarView.text(progress.done, of: max(1, progress.total), width: 40, glyphs: buffer.glyphs)
            buffer.write(bar, x: body.x + 1, y: y + 1, width: 40, role: .bar)
        }
        // Where the data lives, and how to point kartrekker at a shared folder or the
        // organisation's database: a first screen on a fresh machine answers both.
        let place = database ? s.database(directory) : s.dataDirectory(directory)
        buffer.write(" " + place, x: body.x, y: body.maxY - 3, width: body.width, role: .normal)
        buffer.write(" " + s.welcomeSharedFolder, x: body.x, y: body.maxY - 2, width: body.width, role: .muted)
        buffer.write(" " + s.welcomeDatabase, x: body.x, y: body.maxY - 1, width: body.width, role: .muted)
    }
}
