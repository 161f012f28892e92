import Foundation
import Testing

/// Every `error:` line in Dutch: each error the program makes carries its Dutch (read from the
/// sources, so a new one cannot forget it), and the errors a team lead can cause on the command
/// line are checked against the English words of all of them.
@Suite struct DutchErrorTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Each `KartrekkerError(…)` made in the sources: its file, its line and the text of its
    /// arguments (string literals and their interpolations skipped over when matching brackets).
    static let calls: [(file: String, line: Int, arguments: String)] = {
        var found: [(String, Int, String)] = []
        let walker = FileManager.default.enumerator(atPath: sources.path)!
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !relative.hasSuffix("KartrekkerError.swift") else { continue }
            let text = Array(try! String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8).unicodeScalars)
            let marker = Array("KartrekkerError(".unicodeScalars)
            var index = 0
            while index + marker.count <= text.count {
                guard Array(text[index..<index + marker.count]) == marker else { index += 1; continue }
                let start = index + marker.count
                // A stack of what is open: "(" for code brackets, "\"" for a string, "i" for an
                // interpolation inside a string.
                var open: [Character] = ["("]
                var cursor = start
                while cursor < text.count, !open.isEmpty {
                    let scalar = text[cursor]
                    if open.last == "\"" {
                        if scalar == "\\", cursor + 1 < text.count {
                            if text[cursor + 1] == "(" { open.append("i"); cursor += 2; continue }
                            cursor += 2
                            continue
                        }
                        if scalar == "\"" { open.removeLast() }
                    } else if scalar == "\"" {
                        open.append("\"")
                    } else if scalar == "(" {
                        open.append("(")
                    } else if scalar == ")" {
                        open.removeLast()
                    }
                    cursor += 1
                }
                let arguments = String(String.UnicodeScalarView(text[start..<max(start, cursor - 1)]))
                let line = text[..<index].filter { $0 == "\n" }.count + 1
                found.append((relative, line, arguments))
                index = cursor
            }
        }
        return found
    }()

    @Test func everyErrorTheProgramMakesHasItsDutch() {
        #expect(DutchErrorTests.calls.count > 140, "\(DutchErrorTests.calls.count) errors found")
        let untranslated = DutchErrorTests.calls.filter { !$0.arguments.contains("nl:") && !$0.arguments.isEmpty }
        #expect(untranslated.isEmpty, "\(untranslated.map { "\($0.file):\($0.line)" })")
    }

    /// Words of the English first lines that no Dutch line of an error uses.
    static let englishOnly: Set<String> = {
        func firstLiteral(_ text: Substring) -> String {
            guard let open = text.firstIndex(of: "\"") else { return "" }
            var result = ""
            var escaped = false
            for character in text[text.index(after: open)...] {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" { break }
                result.append(character)
            }
            return result
        }
        func words(_ text: String) -> [String] { text.split { !$0.isLetter }.map { $0.lowercased() } }
        var english: Set<String> = []
        var dutch: Set<String> = []
        for call in DutchErrorTests.calls {
            english.formUnion(words(firstLiteral(call.arguments[...])).filter { $0.count >= 3 })
            if let range = call.arguments.range(of: "nl:") { dutch.formUnion(words(firstLiteral(call.arguments[range.upperBound...]))) }
        }
        return english.subtracting(dutch)
    }()

    /// Errors a team lead can cause on the command line.
    static let mistakes: [[String]] = [
        ["log"],
        ["log", "anna", "--category", "party", "--note", "x"],
        ["log", "piet", "--category", "smile", "--note", "x"],
        ["log", "anna", "--category", "smile", "--note", "x", "--date", "12-31-2026"],
        ["log", "anna", "--category", "smile", "--note", "x", "--date", "2099-01-01"],
        ["log", "anna", "--category", "smile", "--note", "bell\u{7}"],
        ["log", "anna", "--category", "smile", "--note", String(repeating: "n", count: 2001)],
        ["log", "anna", "--category", "smile", "--note", "   "],
        ["employee", "add", "Bob", "--team", "Verhuur", "--email", "nope"],
        ["employee", "add", "Anna de Vries", "--team", "Wijkbeheer"],
        ["employee", "edit", "anna"],
        ["leaderboard", "--from", "2026-01-01"],
        ["leaderboard", "extra"],
        ["leaderboard", "--team", "Nergens"],
        ["leaderboard", "--value", "onbekend"],
        ["contribution", "show", "c-nope"],
        ["recognition", "delete", "r-nope"],
        ["import", "employees", "/nonexistent/people.csv"],
        ["config", "retention", "forever"],
        ["config", "board", "stars"],
        ["purge"],
        ["demo"],
        ["--data-dir", "", "leaderboard"],
        ["--store", "postgres://anna:secret@db/kartrekker", "leaderboard"],
    ]

    /// A Dutch `error:` message less what is not language: quoted values, options, paths, the
    /// parser's usage line and the options' help (which may stay English).
    static func words(ofError text: String) -> Set<String> {
        var kept: [String] = []
        for line in text.split(separator: "\n") {
            // The values to choose from are names (`- smile`), the same in both languages.
            if line.hasPrefix("Gebruik:") || line.hasPrefix("Hulp:") || line.hasPrefix("  - ") { continue }
            kept.append(String(line))
        }
        let plain = kept.joined(separator: "\n")
            .replacingOccurrences(of: #""[^"]*"|'[^']*'|`[^`]*`|--?[a-z-]+|\S*/\S*|\S+\.json\S*|\b[a-z]-[0-9a-z-]+"#, with: " ",
                                  options: .regularExpression)
        return Set(plain.split { !$0.isLetter }.map { $0.lowercased() })
    }

    @Test func theErrorsATeamLeadCanCauseAreInDutch() throws {
        var cli = CLI()
        _ = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        _ = try cli.ok("log", "anna", "--category", "smile", "--note", "eerste")
        let dutchWords = DutchErrorTests.englishOnly
        #expect(dutchWords.isSuperset(of: ["future", "already", "cannot", "changed"]), "\(dutchWords.sorted())")
        for arguments in DutchErrorTests.mistakes {
            cli.extraEnvironment = [:]
            let english = try cli.run(arguments)
            cli.extraEnvironment = ["LANG": "nl_NL.UTF-8"]
            let dutch = try cli.run(arguments)
            #expect(english.status != 0 && dutch.status == english.status, "\(arguments): \(english.stderr)")
            #expect(dutch.stderr.hasPrefix("error: ") && dutch.stdout.isEmpty, "\(arguments): \(dutch.stderr)")
            #expect(dutch.stderr != english.stderr, "\(arguments) is the same in Dutch: \(dutch.stderr)")
            let leftOver = DutchErrorTests.words(ofError: String(dutch.stderr.dropFirst(7))).intersection(dutchWords)
            #expect(leftOver.isEmpty, "\(arguments): \(leftOver.sorted()) in \(dutch.stderr)")
        }
        // What `check` finds in damaged files, in Dutch too.
        let month = cli.directory.appendingPathComponent("contributions/2026-11.json")
        let text = try String(contentsOf: month, encoding: .utf8)
        try text.replacingOccurrences(of: "\"category\": \"smile\"", with: "\"category\": smile").write(to: month, atomically: true, encoding: .utf8)
        try Data("{}".utf8).write(to: cli.directory.appendingPathComponent("employees.json~"))
        cli.extraEnvironment = ["LANG": "nl_NL.UTF-8"]
        let check = try cli.run(["check"])
        #expect(check.status == 1 && check.stderr.contains("waar een waarde werd verwacht")
                && check.stderr.contains("is geen bestand dat kartrekker schrijft"), "\(check.stderr)")
        let checkLeft = DutchErrorTests.words(ofError: check.stderr).intersection(dutchWords)
        #expect(checkLeft.isEmpty, "\(checkLeft.sorted()) in \(check.stderr)")
        // A value of the wrong type, as a hand edit leaves it.
        try text.replacingOccurrences(of: "\"note\": \"eerste\"", with: "\"note\": 5").write(to: month, atomically: true, encoding: .utf8)
        let typed = try cli.run(["check"])
        #expect(typed.status == 1 && typed.stderr.contains("een tekst verwacht, een ander type gevonden"), "\(typed.stderr)")
        try text.write(to: month, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: cli.directory.appendingPathComponent("employees.json~"))

        // --lang wins over the locale, both ways.
        cli.extraEnvironment = ["LANG": "nl_NL.UTF-8"]
        #expect(try cli.run(["--lang", "en", "log", "piet", "--category", "smile", "--note", "x"]).stderr.contains("no employee matches"))
        cli.extraEnvironment = ["KARTREKKER_LANG": "nl"]
        #expect(try cli.run(["log", "piet", "--category", "smile", "--note", "x"]).stderr.contains("geen medewerker past bij"))
        #expect(try cli.run(["log", "piet", "--category", "smile", "--note", "x", "--lang=en"]).stderr.contains("no employee matches"))
    }
}
