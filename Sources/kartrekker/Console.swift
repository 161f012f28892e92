import Foundation
import KartrekkerApp
import KartrekkerCore

/// Standard output and standard error, and how a failure ends the program.
enum Console {
    static func printError(_ text: some StringProtocol) {
        FileHandle.standardError.write(Data((text + (text.hasSuffix("\n") ? "" : "\n")).utf8))
    }

    /// Prints `error: …` (and its detail lines) on standard error and exits 1. Nothing has been
    /// printed on standard output yet: commands print only once they have succeeded.
    static func fail(_ error: KartrekkerError) -> Never {
        printError("error: " + error.text(in: language))
        exit(1)
    }

    /// The language errors and the terminal UI speak: `--lang` wherever it is on the command
    /// line (read before the parser, whose own errors must be in it too), else the environment's.
    static let language: Language = {
        var asked: String?
        var arguments = CommandLine.arguments.dropFirst()[...]
        while let argument = arguments.popFirst(), argument != "--" {
            if argument == "--lang" { asked = arguments.popFirst() }
            if argument.hasPrefix("--lang=") { asked = String(argument.dropFirst(7)) }
        }
        if let asked, let language = Language(code: asked) { return language }
        return Language.preferred(environment: ProcessInfo.processInfo.environment)
    }()

    /// Prints a command's result, then any warning about the data (a file from a newer
    /// kartrekker) on standard error.
    /// The bytes of the file at `path` a command was given, or an error naming it and why.
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KartrekkerError("cannot read \(SafeText.escaped(path)): \((error as NSError).localizedDescription)",
                                  nl: "\(SafeText.escaped(path)) is niet te lezen: \(SystemErrorText.text(error, in: .dutch))")
        }
    }

    static func emit(_ text: String, _ session: Session) {
        // Unicode scalars, not Characters: a CSV's final "\r\n" is one Character.
        print(text, terminator: text.unicodeScalars.last == "\n" ? "" : "\n")
        for warning in session.warnings { printError("warning: " + warning.text(in: language)) }
    }

    /// Whether the locale can show UTF-8 (block bars, arrows); otherwise tables use ASCII.
    static var unicodeAllowed: Bool {
        Display.unicode(environment: ProcessInfo.processInfo.environment)
    }

    /// The terminal's width when standard output is one; `nil` when piped (never cut then).
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Reports work that takes seconds on standard error while it is a terminal (one line,
    /// rewritten); nothing at all when it is not.
    static func progress(_ label: String) -> (Int, Int) -> Void {
        guard isatty(STDERR_FILENO) == 1 else { return { _, _ in } }
        return { done, total in
            let line = "\r\(label) \(done) of \(total) files\u{1B}[K" + (done >= total ? "\r\u{1B}[K" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// A line on standard error while it is a terminal, about work that is starting.
    static func status(_ text: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data(("\r" + text).utf8))
    }

    /// Clears a status line.
    static func clearStatus() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// "1 employee", "3 employees".
    static func count(_ number: Int, _ noun: String) -> String { Display.count(number, noun) }

    /// JSON array, CSV with `keys` as header, or the `table`.
    static func list(_ records: [OutputValue], keys: [String], format: OutputFormat, table: () -> String) -> String {
        switch format {
        case .json: return JSONWriter.string(.array(records))
        case .csv: return CSVTable.string(keys: keys, records: records, escapingForTerminal: true)
        case .table: return table()
        }
    }
}
