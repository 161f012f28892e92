import Foundation
import KartrekkerCore

/// Standard output and standard error, and how a failure ends the program.
enum Console {
    static func printError(_ text: some StringProtocol) {
        FileHandle.standardError.write(Data((text + (text.hasSuffix("\n") ? "" : "\n")).utf8))
    }

    /// Prints `error: …` (and its detail lines) on standard error and exits 1. Nothing has been
    /// printed on standard output yet: commands print only once they have succeeded.
    static func fail(_ error: KartrekkerError) -> Never {
        printError("error: " + error.description)
        exit(1)
    }

    /// Whether the locale can show UTF-8 (block bars, arrows); otherwise tables use ASCII.
    static var unicodeAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
