import Testing
import TerminalKit
@testable import CursesTerminal

/// A real ncurses screen on /dev/null: what is blitted can be read back cell by cell.
/// ncurses has one current screen per process, so these run one at a time.
@Suite(.serialized) struct CursesTerminalTests {
    func frame(_ size: Size, _ draw: (inout ScreenBuffer) -> Void) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        draw(&buffer)
        return buffer
    }

    @Test func blitsAndReadsBackWideAndAccentedText() throws {
        let terminal = try CursesTerminal(mode: .headless(term: "xterm-256color"), environment: [:])
        defer { terminal.stop() }
        #expect(terminal.size == Size(width: 80, height: 24))
        #expect(terminal.colorTier == .extended)
        let buffer = frame(terminal.size) { buffer in
            buffer.write("Çelik 李小龙 Noë", x: 2, y: 1)
            buffer.write("selected", x: 0, y: 3, role: .selected)
            buffer.write("Evil\u{1B}[2J", x: 0, y: 5)
        }
        terminal.draw(buffer)
        #expect(terminal.cell(x: 2, y: 1).text == "Ç")
        #expect(terminal.cell(x: 8, y: 1).text == "李")
        #expect(terminal.cell(x: 10, y: 1).text == "小")
        #expect(terminal.cell(x: 15, y: 1).text == "N" && terminal.cell(x: 17, y: 1).text == "ë")
        #expect(terminal.cell(x: 0, y: 3).pair != 0)
        #expect(terminal.cell(x: 0, y: 3).attributes & Int32(1) != 0, "selected is bold in 256 colours")
        #expect((0..<13).map { terminal.cell(x: $0, y: 5).text }.joined() == "Evil\\u{1B}[2J")
    }

    @Test func onlyChangedCellsAreDrawn() throws {
        let terminal = try CursesTerminal(mode: .headless(term: "xterm-256color"), environment: [:])
        defer { terminal.stop() }
        let first = frame(terminal.size) { $0.write("Anna de Vries  42", x: 1, y: 2) }
        terminal.draw(first)
        #expect(terminal.lastDrawnCells == 80 * 24)
        terminal.draw(first)
        #expect(terminal.lastDrawnCells == 0)
        let second = frame(terminal.size) { $0.write("Anna de Vries  43", x: 1, y: 2) }
        terminal.draw(second)
        #expect(terminal.lastDrawnCells == 1)
        #expect(terminal.cell(x: 17, y: 2).text == "3")
        terminal.invalidate()
        terminal.draw(second)
        #expect(terminal.lastDrawnCells == 80 * 24)
    }

    @Test func noColorGivesMonochromeAttributes() throws {
        let terminal = try CursesTerminal(mode: .headless(term: "xterm-256color"), environment: ["NO_COLOR": "1"])
        defer { terminal.stop() }
        #expect(terminal.colorTier == .monochrome)
        terminal.draw(frame(terminal.size) { buffer in
            buffer.write("picked", x: 0, y: 0, role: .selected)
            buffer.write("head", x: 0, y: 1, role: .header)
        })
        let picked = terminal.cell(x: 0, y: 0)
        #expect(picked.pair == 0 && picked.attributes & Int32(2) != 0, "selected is reverse video")
        #expect(terminal.cell(x: 0, y: 1).attributes & Int32(1 | 4) == Int32(1 | 4), "headers are bold and underlined")
    }

    @Test func eightColourAndColourlessTerminals() throws {
        let basic = try CursesTerminal(mode: .headless(term: "xterm"), environment: [:])
        #expect(basic.colorTier == .basic)
        basic.stop()
        let vt = try CursesTerminal(mode: .headless(term: "vt100"), environment: [:])
        #expect(vt.colorTier == .monochrome)
        vt.stop()
    }

    @Test func keyCodesMapToKeys() {
        #expect(CursesTerminal.key(forCode: 0o403) == .up)
        #expect(CursesTerminal.key(forCode: 0o410 + 5) == .function(5))
        #expect(CursesTerminal.key(forCode: 0o541) == .backTab)
        #expect(CursesTerminal.key(forCode: 0o632) == .resize)
        #expect(Key.fromCharacter("\u{3}") == .control("c"))
        #expect(Key.fromCharacter("\u{1A}") == .control("z"))
        #expect(Key.fromCharacter("\u{7F}") == .backspace)
        #expect(Key.fromCharacter("\u{1B}") == .escape)
        #expect(Key.fromCharacter("\r") == .enter)
        #expect(Key.fromCharacter("ë") == .character("ë"))
    }
}
