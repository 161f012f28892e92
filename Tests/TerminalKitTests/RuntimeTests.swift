import Foundation
import Testing
@testable import TerminalKit

/// A list of many people on the runtime, as the app's screens are built: the layout decides
/// the rows, `update` pages and clamps with it, `view` draws with it.
struct PeopleList: Program {
    enum Message: Sendable { case loaded([String]) }

    var people: [String]
    var list: ListState
    var size = Size(width: 80, height: 24)
    var toast: Toast?
    var modals = ModalStack<ConfirmDialog>()
    var loading = false

    init(count: Int) {
        people = (1...count).map { "Person \($0)" }
        list = ListState(ids: people.map { "id-" + $0 }, keys: people)
    }

    var rows: Int { Layout.listRows(in: Layout(size).body) - (list.showsFilterLine ? 1 : 0) }

    var wantsFrequentTicks: Bool { toast != nil }

    mutating func update(_ input: Input<Message>) -> [Effect<Message>] {
        switch input {
        case .message(.loaded(let names)):
            loading = false
            people = names
            list.reload(ids: names.map { "id-" + $0 }, keys: names, height: rows)
            return []
        case .event(.resize(let newSize)):
            size = newSize
            list.clamp(height: rows)
        case .event(.tick(let now)):
            if var current = toast { toast = current.tick(now) ? nil : current }
        case .event(.key(let key)):
            if let dialog = modals.top {
                if let yes = dialog.answer(key) {
                    modals.pop()
                    toast = Toast(yes ? "Archived" : "Kept")
                }
                return []
            }
            if list.handle(key, height: rows) { return [] }
            switch key {
            case .character("x"): modals.push(ConfirmDialog("Archive \(list.selectedID ?? "")?"))
            case .character("r"):
                loading = true
                let reversed = Array(people.reversed())
                return [.background { .loaded(reversed) }]
            case .character("q"): return [.quit]
            default: break
            }
        default: break
        }
        return []
    }

    func view(into buffer: inout ScreenBuffer) {
        let layout = Layout(buffer.size)
        buffer.write(loading ? "Loading…" : "People", x: 0, y: 0)
        let table = TableView(columns: [.init("NAME", width: 20, weight: 1)])
        table.draw(list, in: layout.body, on: &buffer) { [(people[$0], nil)] }
        if let toast { toast.draw(in: layout.body, on: &buffer) }
        if let dialog = modals.top { dialog.draw(in: layout.body, on: &buffer) }
    }
}

/// A terminal that plays events and records frames, for the runner itself.
final class FakeTerminal: TerminalBackend {
    var size = Size(width: 60, height: 20)
    let glyphs = Glyphs.unicodeSet
    var events: [Event]
    var frames: [ScreenBuffer] = []
    var stopped = false
    var pendingSignal: TerminalSignal?
    let deadline = Date() + 10

    init(_ events: [Event]) { self.events = events }

    func draw(_ frame: ScreenBuffer) { frames.append(frame) }

    func readEvent(timeout milliseconds: Int32) -> Event? {
        // Past the deadline, quit: a broken runner fails the test instead of hanging it.
        if Date() > deadline { return .key(.character("q")) }
        return events.isEmpty ? nil : events.removeFirst()
    }

    func invalidate() {}
    func suspend() {}
    func stop() { stopped = true }
    func stopAndReraise() -> Never { fatalError("no signal expected") }
}

/// A terminal whose wait for a key really waits (up to its timeout) and ends early when woken,
/// as the curses backend's does.
final class WakeableTerminal: TerminalBackend, @unchecked Sendable {
    var size = Size(width: 60, height: 20)
    let glyphs = Glyphs.unicodeSet
    var woken = 0
    var timedOut = 0
    var pendingSignal: TerminalSignal?
    private let signal = DispatchSemaphore(value: 0)
    /// Signalled each time a wait for a key begins.
    let waiting = DispatchSemaphore(value: 0)

    var waker: (@Sendable () -> Void)? {
        let signal = self.signal
        return { signal.signal() }
    }

    func draw(_ frame: ScreenBuffer) {}

    func readEvent(timeout milliseconds: Int32) -> Event? {
        waiting.signal()
        // Ten seconds rather than the runner's 100 ms: a loop that is not woken fails the test
        // by counting a timeout (and by taking seconds), never by racing a clock.
        if signal.wait(timeout: .now() + .seconds(10)) == .success {
            woken += 1
        } else {
            timedOut += 1
        }
        return nil
    }

    func invalidate() {}
    func suspend() {}
    func stop() {}
    func stopAndReraise() -> Never { fatalError("no signal expected") }
}

/// Starts one piece of work off the loop and quits when it answers.
struct Answering: Program {
    enum Message: Sendable { case done }
    let work: @Sendable () -> Void
    var answered = false

    mutating func start() -> [Effect<Message>] {
        let work = self.work
        return [.background { work(); return .done }]
    }

    mutating func update(_ input: Input<Message>) -> [Effect<Message>] {
        guard case .message(.done) = input else { return [] }
        answered = true
        return [.quit]
    }

    func view(into buffer: inout ScreenBuffer) {}
}

@Suite struct RuntimeTests {
    @Test func pageDownMovesExactlyOneVisiblePageAtEverySize() {
        for (size, rows) in [(Size(width: 80, height: 24), 19), (Size(width: 200, height: 60), 55)] {
            var session = ScriptedSession(PeopleList(count: 500), size: size)
            #expect(session.program.rows == rows)
            let firstRow = session.screen.line(3)
            #expect(firstRow.hasPrefix("Person 1 ") || firstRow == "Person 1")
            session.press(.pageDown)
            #expect(session.program.list.offset == rows && session.program.list.selection == rows)
            // The row that was just below the screen is now at the top.
            #expect(session.screen.line(3).hasPrefix("Person \(rows + 1)"))
            session.press(.pageDown, .pageUp)
            #expect(session.program.list.offset == rows)
            session.press(.end)
            #expect(session.program.list.offset == 500 - rows && session.screen.line(2 + rows).hasPrefix("Person 500"))
        }
    }

    @Test func viewIsPureAndUpdateAloneClamps() {
        var drawn = ScriptedSession(PeopleList(count: 100))
        var undrawn = ScriptedSession(PeopleList(count: 100))
        for key in [Key.pageDown, .down, .down, .character("/"), .character("1"), .enter, .end] {
            drawn.press(key)
            _ = drawn.screen
            _ = drawn.screen
            undrawn.press(key)
        }
        #expect(drawn.program.list == undrawn.program.list)
        #expect(drawn.screen == undrawn.screen)
        // A smaller terminal: the selection stays in view without any drawing.
        undrawn.resize(to: Size(width: 80, height: 10))
        let list = undrawn.program.list
        #expect(list.selection >= list.offset && list.selection < list.offset + undrawn.program.rows)
    }

    @Test func reloadingKeepsTheSelectedRecordAndItsRow() {
        var list = ListState(ids: ["a", "b", "c", "d", "e", "f", "g", "h"], keys: ["A", "B", "C", "D", "E", "F", "G", "H"])
        _ = list.handle(.pageDown, height: 3)
        _ = list.handle(.down, height: 3)
        #expect(list.selectedID == "e" && list.offset == 3)
        // A new record sorts in before it: the same record stays selected, and the view does not
        // move while it is still in view.
        list.reload(ids: ["a", "b", "new", "c", "d", "e", "f", "g", "h"], keys: ["A", "B", "N", "C", "D", "E", "F", "G", "H"], height: 3)
        #expect(list.selectedID == "e" && list.offset == 3 && list.selection == 5)
        // It sorts far away: still selected, scrolled into view.
        list.reload(ids: ["e", "a", "b", "c", "d", "f", "g", "h"], keys: ["E", "A", "B", "C", "D", "F", "G", "H"], height: 3)
        #expect(list.selectedID == "e" && list.offset == 0)
        // It is gone: the row at the same position is selected.
        list.reload(ids: ["a", "b", "c"], keys: ["A", "B", "C"], height: 3)
        #expect(list.selectedID == "a")
        // Filtered, then reloaded: the filter stays.
        _ = list.handle(.character("/"), height: 3)
        _ = list.handle(.character("c"), height: 3)
        list.reload(ids: ["a", "c", "cc"], keys: ["A", "C", "CC"], height: 3)
        #expect(list.visible.map { list.ids[$0] } == ["c", "cc"])
    }

    @Test func theTopModalGetsTheKeysFirst() {
        var stack = ModalStack<String>()
        stack.push("form")
        stack.push("confirm")
        #expect(stack.top == "confirm" && stack.count == 2)
        stack.updateTop { $0 += "!" }
        #expect(stack.pop() == "confirm!" && stack.top == "form")

        var session = ScriptedSession(PeopleList(count: 10))
        session.press(.down, .character("x"))
        #expect(session.text.contains("Archive id-Person 2?"))
        // j would move the list, but the question is on top: it takes the key (and ignores it).
        session.press(.character("j"))
        #expect(session.program.list.selectedID == "id-Person 2" && session.program.modals.count == 1)
        session.press(.character("y"))
        #expect(session.program.modals.isEmpty && session.text.contains("Archived"))
    }

    @Test func toastsGoAtTheirDeadlineWhateverIsTyped() {
        var session = ScriptedSession(PeopleList(count: 10))
        session.press(.character("x"), .character("n"))
        #expect(session.program.wantsFrequentTicks)
        session.advance(by: 0.1)
        for _ in 0..<20 { session.press(.down, .up) }
        session.advance(by: 2.8)
        #expect(session.text.contains("Kept"))
        session.press(.down)
        session.advance(by: 0.2)
        #expect(!session.text.contains("Kept") && session.program.toast == nil)
    }

    @Test func backgroundWorkComesBackAsAMessageWhileKeysWork() {
        var session = ScriptedSession(PeopleList(count: 5))
        session.holdingBackground = true
        session.press(.character("r"))
        #expect(session.text.hasPrefix("Loading…") && session.pendingBackground == 1)
        session.press(.down, .down)
        #expect(session.program.list.selectedID == "id-Person 3")
        session.finishBackground()
        #expect(session.text.hasPrefix("People"))
        // The list came back reversed; Person 3 is still the one selected.
        #expect(session.program.people.first == "Person 5" && session.program.list.selectedID == "id-Person 3")
    }

    @Test func heldBackgroundWorkRunsInOrderUntilTheScreenShowsWhatWasWaitedFor() {
        var session = ScriptedSession(PeopleList(count: 5))
        session.holdingBackground = true
        session.press(.character("r"), .character("r"))
        #expect(session.pendingBackground == 2)
        // The first reload is enough: the second is left for later.
        #expect(session.finishBackground { $0.people.first == "Person 5" })
        #expect(session.pendingBackground == 1 && session.text.hasPrefix("People"))
        #expect(!session.finishBackground { _ in false } && session.pendingBackground == 0)
    }

    @Test func theRunnerDrawsRunsBackgroundWorkAndQuits() {
        let terminal = FakeTerminal([.key(.down), .key(.character("r"))])
        // The reload runs off the loop; once it is back (the list reversed), quit.
        let runner = Runner(program: QuitWhen(inner: PeopleList(count: 3)) { $0.people.first == "Person 3" }, terminal: terminal)
        let final = runner.run().inner
        #expect(final.people == ["Person 3", "Person 2", "Person 1"])
        #expect(final.list.selectedID == "id-Person 2")
        #expect(final.size == terminal.size)
        #expect(terminal.frames.first?.line(0) == "People")
        #expect(terminal.stopped)
    }

    @Test func backgroundAnswersWakeTheLoopInsteadOfWaitingForTheTimeout() {
        let terminal = WakeableTerminal()
        // The work answers only once the loop is waiting for a key: only a wake can end that wait.
        let waiting = terminal.waiting
        let runner = Runner(program: Answering(work: { waiting.wait() }), terminal: terminal)
        let final = runner.run()
        #expect(final.answered)
        #expect(terminal.woken == 1 && terminal.timedOut == 0, "woken \(terminal.woken), timed out \(terminal.timedOut)")
    }

    @Test func aRowOfTwoDirectionsGivesEachKeyItsActionAndShowsOnce() {
        enum Move: Hashable, Sendable { case by(Int), open }
        let table = BindingTable<Move>(title: "Board", [
            KeyBinding([([.left, .character("h")], .by(-1)), ([.right, .character("l")], .by(1))], "period", keyLabel: "←→"),
            KeyBinding([.enter], "open", action: .open),
        ])
        #expect(table.action(for: .left) == .by(-1) && table.action(for: .character("h")) == .by(-1))
        #expect(table.action(for: .right) == .by(1) && table.action(for: .character("l")) == .by(1))
        #expect(table.action(for: .enter) == .open && table.action(for: .character("x")) == nil)
        // One row in the footer and the help, with every key it takes (for the conflict check).
        #expect(table.section.entries.count == 2 && table.section.entries[0].keyLabel == "←→")
        #expect(Set(table.section.entries[0].keys) == [.left, .right, .character("h"), .character("l")])
    }

    @Test func keyConflictsAreFoundUnlessAKeyIsTakenOnPurpose() {
        enum A: Hashable, Sendable { case one, two }
        let global = BindingTable<A>(title: "Global", [
            KeyBinding([.character("q"), .escape], "back", action: .one),
            KeyBinding([.character("?")], "help", action: .two),
        ])
        let screen = BindingTable<A>(title: "Screen", [KeyBinding([.character("q")], "quit", action: .one)])
        #expect(KeyMap([screen.section, global.section]).conflicts.map(\.key) == [.character("q")])
        #expect(KeyMap([screen.section, global.section]).conflicts.first?.description == "q is bound in Screen and Global")
        // The list's Esc clears its filter before Esc goes back: declared, so not a conflict.
        #expect(KeyMap([ListState.bindings.section, global.section]).conflicts.isEmpty)
        let twice = BindingTable<A>(title: "Twice", [KeyBinding([.tab], "a", action: .one), KeyBinding([.tab], "b", action: .two)])
        #expect(KeyMap([twice.section]).conflicts.count == 1)
        // In a text field letters are text: the global letters step aside.
        #expect(KeyMap([TextField.bindings.section, global.section.withoutPrintableKeys]).conflicts.isEmpty)
    }

    @Test func theGallerysKeysNeverConflict() {
        var session = ScriptedSession(KitGallery())
        for _ in 0..<3 {
            #expect(session.program.keyMap.conflicts.isEmpty, "\(session.program.keyMap.conflicts)")
            session.press(.tab)
        }
        session.press(.character("/"))
        #expect(session.program.keyMap.conflicts.isEmpty)
        for sections in [Form(title: "f", fields: [FormField("a", .picker(Picker(["x"])))]).sections,
                         Form(title: "f", fields: [FormField("a", .text(TextField()))]).sections] {
            #expect(KeyMap(sections).conflicts.isEmpty, "\(KeyMap(sections).conflicts)")
        }
    }

    @Test func helpShowsSectionsAndScrollsWhenItDoesNotFit() {
        var session = ScriptedSession(KitGallery(), size: Size(width: 70, height: 18))
        session.press(.character("?"))
        #expect(session.text.contains("Help: Kit gallery"))
        #expect(session.text.contains("Lists") && session.text.contains("Kit gallery"))
        #expect(session.text.contains("of "))
        guard case .help(let before) = session.program.modals.top else {
            Issue.record("help is not open")
            return
        }
        session.press(.pageDown)
        guard case .help(let after) = session.program.modals.top else {
            Issue.record("help closed on PgDn")
            return
        }
        #expect(after.offset > before.offset)
        #expect(session.text.contains("Quit"))
        session.press(.escape)
        #expect(session.program.modals.isEmpty)
    }

    @Test func aScriptedSessionReadsLikeWhatAPersonTypes() {
        var session = ScriptedSession(KitGallery(), size: Size(width: 80, height: 24))
        session.press(.tab)
        session.press(.control("u"))
        session.type("Lekkage bij mevrouw Jansen")
        session.send(.paste(" opgelost"))
        #expect(session.program.note.text == "Lekkage bij mevrouw Jansen opgelost")
        session.press(.tab, .character("g"))
        #expect(session.program.kind.value == "gift")
        session.press(.tab, .character("x"))
        #expect(session.text.contains("Really?"))
        session.press(.character("y"))
        #expect(session.text.contains("You said yes"))
        session.press(.control("z"))
        #expect(session.suspensions == 1)
        session.press(.character("q"))
        #expect(session.hasQuit)
    }
}

/// Wraps a program and quits once `done` holds after an update (for running the real loop in
/// a test until something has happened).
struct QuitWhen<Inner: Program>: Program {
    var inner: Inner
    let done: (Inner) -> Bool

    mutating func start() -> [Effect<Inner.Message>] { inner.start() }

    mutating func update(_ input: Input<Inner.Message>) -> [Effect<Inner.Message>] {
        var effects = inner.update(input)
        if done(inner) { effects.append(.quit) }
        return effects
    }

    func view(into buffer: inout ScreenBuffer) { inner.view(into: &buffer) }
    var wantsFrequentTicks: Bool { inner.wantsFrequentTicks }
}
