import CNcurses
import Foundation
import KartrekkerText
import TerminalKit

/// The terminal, through ncurses: the only code that touches it.
///
/// It blits the `ScreenBuffer`s it is handed (only the cells that changed since the last
/// frame), reads keys, follows resizes, and leaves the terminal as it found it on every exit:
/// `stop()`, a terminating signal, a crash.
public final class CursesTerminal: TerminalBackend {
    public enum Mode: Sendable {
        /// The real terminal on standard input and output.
        case terminal
        /// A real ncurses screen writing to /dev/null, for tests without a tty.
        case headless(term: String)
    }

    public let colorTier: ColorTier
    public let glyphs: Glyphs
    private var lastFrame: ScreenBuffer?
    private var stopped = false
    /// How many cells the last `draw` wrote.
    public private(set) var lastDrawnCells = 0

    /// Refuses to start where there is no interactive terminal.
    public static func checkInteractive(environment: [String: String]) throws {
        let term = environment["TERM"] ?? ""
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("standard input and output must be a terminal")
        }
        guard !term.isEmpty, term != "dumb" else {
            throw TerminalError("TERM is \(term.isEmpty ? "not set" : "dumb"), so the screen cannot be drawn")
        }
    }

    public init(mode: Mode, environment: [String: String] = ProcessInfo.processInfo.environment,
                escapeDelay: Int32 = 40) throws {
        let started: Int32
        switch mode {
        case .terminal:
            started = kt_start(1, nil, escapeDelay)
        case .headless(let term):
            started = term.withCString { kt_start(0, $0, escapeDelay) }
        }
        guard started == 0 else { throw TerminalError("ncurses could not start on this terminal") }
        if case .terminal = mode { kt_install_signal_handlers() }
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        glyphs = UnicodeSupport.isUTF8(codeset: codeset) ? .unicodeSet : .ascii
        colorTier = ColorTier.detect(hasColors: kt_has_colors() == 1, colors: Int(kt_color_count()),
                                     noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
        colorTier.definePairs()
    }

    deinit {
        stop()
    }

    public var size: Size { Size(width: Int(kt_cols()), height: Int(kt_lines())) }

    /// Blits `frame`, writing only the cells that differ from the last frame.
    public func draw(_ frame: ScreenBuffer) {
        let previous = lastFrame?.size == frame.size ? lastFrame : nil
        var count = 0
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                let cell = frame[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.isContinuation {
                    // The wide character to its left covers it; only repaint it if that changed.
                    continue
                }
                put(cell, x: x, y: y)
                count += 1
            }
        }
        lastDrawnCells = count
        lastFrame = frame
        kt_flush()
    }

    /// Forgets the last frame and repaints everything on the next draw (Ctrl-L, after a resume).
    public func invalidate() {
        lastFrame = nil
        kt_invalidate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = colorTier.style(for: cell.role)
        var scalars = Array(displayText(cell).unicodeScalars.prefix(4)).map { wchar_t(bitPattern: $0.value) }
        if scalars.isEmpty { scalars = [wchar_t(32)] }
        _ = kt_put(Int32(y), Int32(x), scalars, Int32(scalars.count), style.attributes, style.pair)
    }

    /// In an ASCII locale, non-ASCII text is transliterated (Noë → Noe) or shown as `?`.
    private func displayText(_ cell: Cell) -> String {
        guard !glyphs.unicode, !cell.text.unicodeScalars.allSatisfy(\.isASCII) else { return cell.text }
        if cell.width == 2 { return "?" }
        let plain = cell.text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? "?"
        guard let first = plain.first, first.isASCII else { return "?" }
        return String(first)
    }

    public var waker: (@Sendable () -> Void)? { { kt_wake() } }

    /// The next key, waiting up to `timeout` milliseconds.
    public func readKey(timeout: Int32) -> Key? {
        var code: UInt32 = 0
        return key(kind: kt_read(timeout, &code), code: code)
    }

    private func key(kind: Int32, code: UInt32) -> Key? {
        switch kind {
        case Int32(KT_CHAR):
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return Key.fromCharacter(scalar)
        case Int32(KT_KEY):
            return CursesTerminal.key(forCode: Int32(code))
        default:
            return nil
        }
    }

    static func key(forCode code: Int32) -> Key? {
        switch code {
        case Int32(KT_KEY_UP): return .up
        case Int32(KT_KEY_DOWN): return .down
        case Int32(KT_KEY_LEFT): return .left
        case Int32(KT_KEY_RIGHT): return .right
        case Int32(KT_KEY_HOME): return .home
        case Int32(KT_KEY_END): return .end
        case Int32(KT_KEY_PPAGE): return .pageUp
        case Int32(KT_KEY_NPAGE): return .pageDown
        case Int32(KT_KEY_BACKSPACE): return .backspace
        case Int32(KT_KEY_DC): return .delete
        case Int32(KT_KEY_IC): return .insert
        case Int32(KT_KEY_BTAB): return .backTab
        case Int32(KT_KEY_ENTER): return .enter
        case Int32(KT_KEY_RESIZE): return .resize
        case Int32(KT_KEY_MOUSE):
            var kind: Int32 = 0
            var x: Int32 = 0
            var y: Int32 = 0
            switch kt_mouse_event(&kind, &x, &y) {
            case 1: return .wheelUp
            case 2: return .wheelDown
            case 3: return .click(x: Int(x), y: Int(y))
            default: return nil
            }
        case Int32(KT_KEY_F0) + 1...Int32(KT_KEY_F0) + 24: return .function(Int(code - Int32(KT_KEY_F0)))
        default: return nil
        }
    }

    /// Mouse reports (wheel, click): off unless asked for.
    public func enableMouse(_ on: Bool) {
        _ = kt_mouse(on ? 1 : 0)
    }

    /// The number of a terminating signal that arrived (SIGTERM, SIGHUP, SIGINT), if any.
    public var pendingSignalNumber: Int32? {
        let signal = kt_pending_signal()
        return signal == 0 ? nil : signal
    }

    public var pendingSignal: TerminalSignal? {
        switch pendingSignalNumber {
        case nil: nil
        case SIGHUP: .hangup
        case SIGINT: .interrupt
        default: .terminate
        }
    }

    /// The next key as an event; a resize comes with the new size, and text pasted between
    /// the bracketed-paste markers comes as one paste.
    public func readEvent(timeout milliseconds: Int32) -> Event? {
        var code: UInt32 = 0
        let kind = kt_read(milliseconds, &code)
        if kind == Int32(KT_KEY) && Int32(code) == Int32(KT_KEY_PASTE_START) { return readPaste() }
        guard let key = key(kind: kind, code: code) else { return nil }
        return key == .resize ? .resize(size) : .key(key)
    }

    /// Collects pasted text until the end marker (or until the terminal stops sending: a lost
    /// marker must not swallow the keys typed after it).
    private func readPaste() -> Event {
        var text = String.UnicodeScalarView()
        while text.count < 100_000 {
            var code: UInt32 = 0
            let kind = kt_read(200, &code)
            if kind == Int32(KT_NONE) { break }
            if kind == Int32(KT_KEY) {
                if Int32(code) == Int32(KT_KEY_PASTE_END) { break }
                if Int32(code) == Int32(KT_KEY_ENTER) { text.append("\n") }
                continue
            }
            guard let scalar = Unicode.Scalar(code) else { continue }
            // Line breaks stay (a field turns them into spaces); other control characters go.
            if scalar == "\r" || scalar == "\n" {
                text.append("\n")
            } else if scalar == "\t" {
                text.append(" ")
            } else if !SafeText.isUnsafe(scalar) {
                text.append(scalar)
            }
        }
        return .paste(String(text))
    }

    /// Suspends to the shell (Ctrl-Z); returns after `fg` with the screen to be redrawn.
    public func suspend() {
        kt_suspend()
        invalidate()
    }

    /// Ends curses and restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        kt_stop()
    }

    /// Ends curses and dies of `signal` as the process would have without the handler.
    public func stopAndReraise() -> Never {
        let signal = pendingSignalNumber ?? SIGTERM
        stop()
        kt_reraise(signal)
        exit(128 + signal)
    }

    /// What the screen holds at a cell (tests): its text and attribute bits.
    public func cell(x: Int, y: Int) -> (text: String, attributes: Int32, pair: Int16) {
        var chars = [wchar_t](repeating: 0, count: 8)
        var attributes: Int32 = 0
        var pair: Int16 = 0
        let count = kt_read_cell(Int32(y), Int32(x), &chars, 8, &attributes, &pair)
        guard count >= 0 else { return ("", 0, 0) }
        let text = String(String.UnicodeScalarView(chars.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        return (text, attributes, pair)
    }
}
