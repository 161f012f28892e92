import Foundation
import KartrekkerApp
import KartrekkerCore
import Testing
@testable import KartrekkerTUI
import TerminalKit

/// The terminal UI in Dutch: every screen, form, question, help page and error a team lead can
/// reach is rendered, and checked against the English of the whole table of words (not a
/// hand-picked sample): no English word shows, and no phrase of the table is cut at 80×24.
@Suite struct LanguageTests {
    /// Every `w("English", "Dutch")` phrase of the UI's table and the kit's, read from their
    /// source, with interpolations left out.
    static let phrases: [(english: String, dutch: String)] = {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = ["KartrekkerWords/Strings.swift", "TerminalKit/KitWords.swift"]
        let literal = #""((?:[^"\\]|\\.)*)""#
        let pattern = try! NSRegularExpression(pattern: #"\bw\(\s*"# + literal + #",\s*"# + literal + #"\s*\)"#)
        var found: [(String, String)] = []
        for file in files {
            let text = try! String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let part = { (index: Int) in String(text[Range(match.range(at: index), in: text)!]) }
                found.append((part(1), part(2)))
            }
        }
        return found
    }()

    /// Words of a phrase: letters only, interpolations (`\(count)`) and escapes left out.
    static func words(_ text: String) -> [String] {
        let plain = text.replacingOccurrences(of: #"\\\([^)]*\)+"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\\u\{[0-9A-Fa-f]+\}"#, with: " ", options: .regularExpression)
        return plain.split { !$0.isLetter }.map { $0.lowercased() }
    }

    /// English words that must not show on a Dutch screen: in the English of the table, in no
    /// Dutch phrase of it (so `team`, `demo`, `bonus`, `kartrekker` are allowed), and not the
    /// name printed on a key (`End`, `Home`, `Delete`).
    static let englishOnly: Set<String> = {
        let dutch = Set(phrases.flatMap { words($0.dutch) })
        return Set(phrases.flatMap { words($0.english) }.filter { $0.count >= 2 }).subtracting(dutch)
            .subtracting(["end", "home", "delete"])
    }()

    /// The Dutch phrases with no interpolation, to find one cut short.
    static let dutchPhrases: [String] = phrases.map(\.dutch).filter { !$0.contains("\\(") }

    @Test func theTableIsBigAndEveryPhraseIsTranslated() {
        #expect(LanguageTests.phrases.count > 250, "\(LanguageTests.phrases.count) phrases")
        #expect(LanguageTests.englishOnly.isSuperset(of: ["the", "recognize", "save", "month", "smile", "thanks"]))
        // The same in both is allowed for a word (Team, Project), not for a sentence.
        let untranslated = LanguageTests.phrases.filter { $0.english == $0.dutch && $0.english.trimmingCharacters(in: .whitespaces).contains(" ") }
        #expect(untranslated.isEmpty, "\(untranslated)")
    }

    /// Each place a Dutch team lead can go: a name and the keys from the dashboard.
    static let paths: [(String, [Key])] = [
        ("dashboard", []),
        ("dashboard-help", [.character("?")]),
        ("dashboard-nudges", [.right]),
        ("dashboard-fairness", [.character("f")]),
        ("recap", [.character("m")]),
        ("recap-story", [.character("m"), .character(" "), .character(" ")]),
        ("recap-pages", [.character("m"), .character(" "), .character(" "), .character(" "), .character(" "), .character(" "),
                         .character(" "), .character(" ")]),
        ("recap-figures", [.character("m"), .character("G")]),
        ("recap-help", [.character("m"), .character("?")]),
        ("ideas", [.character("I")]),
        ("ideas-help", [.character("I"), .character("?")]),
        ("ideas-proposed", [.character("I"), .character("s")]),
        ("stories", [.character("S")]),
        ("residents", [.character("R")]),
        ("residents-help", [.character("R"), .character("?")]),
        ("residents-score", [.character("R"), .character("s")]),
        ("residents-score-refused", [.character("R"), .character("s"), .character("x"), .control("s")]),
        ("stories-help", [.character("S"), .character("?")]),
        ("stories-moment", [.character("S"), .character("M"), .character("M"), .character("M")]),
        ("leaderboard-moment", [.character("3"), .character("M")]),
        ("activity-moment", [.character("4"), .character("M")]),
        ("log-story", [.character("c"), .character("g"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab, .character("x"), .control("s")]),
        ("recognize-gift", [.character("r"), .backTab, .backTab, .right, .right]),
        ("employees", [.character("2")]),
        ("employees-help", [.character("2"), .character("?")]),
        ("employees-sorted", [.character("2"), .character("s")]),
        ("employees-sorted-twice", [.character("2"), .character("s"), .character("s"), .character("A"), .character("t")]),
        ("employees-filter", [.character("2"), .character("/"), .character("q"), .character("q"), .character("q")]),
        ("leaderboard", [.character("3")]),
        ("leaderboard-week", [.character("3"), .left]),
        ("leaderboard-quarter", [.character("3"), .right]),
        ("leaderboard-year", [.character("3"), .right, .right]),
        ("leaderboard-all", [.character("3"), .right, .right, .right]),
        ("leaderboard-earlier", [.character("3"), .character("["), .character("t"), .character("v")]),
        ("leaderboard-help", [.character("3"), .character("?")]),
        ("activity", [.character("4")]),
        ("activity-kinds", [.character("4"), .character("K")]),
        ("activity-recognitions", [.character("4"), .character("K"), .character("K")]),
        ("activity-category", [.character("4"), .character("C"), .character("t")]),
        ("activity-help", [.character("4"), .character("?")]),
        ("employee", [.character("3"), .enter]),
        ("employee-help", [.character("3"), .enter, .character("?")]),
        ("employee-correct", [.character("3"), .enter, .character("e")]),
        ("employee-delete", [.character("3"), .enter, .character("d")]),
        ("employee-idea", [.character("3"), .enter, .character("i")]),
        ("employee-edit", [.character("3"), .enter, .character("E")]),
        ("employee-archive", [.character("3"), .enter, .character("x")]),
        ("log", [.character("c")]),
        ("log-help", [.character("c"), .character("?")]),
        ("log-refused", [.character("c"), .control("s")]),
        ("log-bad-date", [.character("c"), .tab, .tab] + Array("12-31-2026").map { .character($0) } + [.control("s")]),
        ("log-discard", [.character("c"), .character("g"), .tab, .character("x"), .escape]),
        ("log-for-nobody", [.character("c"), .tab, .tab, .tab, .tab, .tab, .tab, .tab]),
        ("recognize", [.character("r")]),
        ("recognize-for", [.character("r"), .tab, .tab, .tab, .tab]),
        ("add-employee", [.character("2"), .character("a")]),
        ("add-employee-refused", [.character("2"), .character("a"), .control("s")]),
        ("add-employee-new-team", [.character("2"), .character("a"), .character("P"), .tab, .character("X"), .character("y")]),
        ("archive", [.character("2"), .character("x")]),
    ]

    /// The English-only words on `text`, and phrases of the table cut short.
    static func problems(_ text: String, cutChecked: Bool) -> [String] {
        // A word cut short is data cut to its column (a name) or by a box drawn over it, not a
        // word of the table; a file's path is a name too.
        let uncut = text.replacingOccurrences(of: #"\p{L}+…|\p{L}+(?=[│┌┐└┘])|(?<=[│┌┐└┘])\p{L}+|\S+\.json\S*"#, with: " ",
                                              options: .regularExpression)
        var found = Set(words(uncut)).intersection(englishOnly).sorted().map { "English: \($0)" }
        guard cutChecked else { return found }
        for var line in text.split(separator: "\n").map(String.init) where line.contains("…") {
            // A phrase that holds an ellipsis itself ("postgres://…") is whole, not cut.
            for phrase in dutchPhrases where phrase.contains("…") { line = line.replacingOccurrences(of: phrase, with: "") }
            for piece in line.split(separator: "…", omittingEmptySubsequences: false).dropLast() {
                let tail = piece.split(separator: "  ").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                guard tail.count > 3 else { continue }
                if let cut = dutchPhrases.first(where: { $0.hasPrefix(tail) && $0 != tail }) { found.append("cut: \(tail)… of \(cut)") }
            }
        }
        return found
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyDutchScreenSpeaksDutch(width: Int, height: Int) throws {
        let fixture = try UIFixtures.handBuilt()
        for (name, keys) in LanguageTests.paths {
            var session = UIFixtures.session(fixture, size: Size(width: width, height: height), language: .dutch)
            session.press(keys)
            let problems = LanguageTests.problems(session.text, cutChecked: width == 80)
            #expect(problems.isEmpty, "\(name) at \(width)×\(height): \(problems)\n\(session.text)")
        }
    }

    @Test func theSamePathsInEnglishShowNoDutchTableWord() throws {
        // The check itself works: the English screens are full of the words it looks for.
        let fixture = try UIFixtures.handBuilt()
        var session = UIFixtures.session(fixture)
        session.press(.character("3"), .character("?"))
        #expect(LanguageTests.problems(session.text, cutChecked: false).count > 10)
    }

    @Test func theWelcomeTheProblemAndTheSmallTerminalInDutch() throws {
        let welcome = UIFixtures.session(UIFixtures.freshDirectory(), language: .dutch)
        #expect(LanguageTests.problems(welcome.text, cutChecked: true).isEmpty, "\(welcome.text)")
        #expect(welcome.text.contains("Je gegevens staan in") && welcome.text.contains("Een gedeelde map: --data-dir"))
        Golden.check(welcome.text, "welcome-80x24-nl")

        let damaged = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: damaged) }
        let file = damaged.appendingPathComponent("contributions/2026-11.json")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\"category\": \"smile\"", with: "\"category\": smile")
            .write(to: file, atomically: true, encoding: .utf8)
        let problem = UIFixtures.session(damaged, language: .dutch)
        #expect(problem.text.contains("De gegevens zijn niet te lezen"), "\(problem.text)")
        #expect(LanguageTests.problems(problem.text, cutChecked: true).isEmpty, "\(problem.text)")

        let small = UIFixtures.session(try UIFixtures.handBuilt(), size: Size(width: 60, height: 20), language: .dutch)
        #expect(small.text.contains("Venster te klein") && small.text.contains("nodig is 80×24"))
        #expect(LanguageTests.problems(small.text, cutChecked: false).isEmpty)
    }

    @Test func dutchGoldensAt80x24() throws {
        let fixture = try UIFixtures.handBuilt()
        for (name, keys) in ScreenSnapshotTests.paths + [("form-log", [.character("c")])] {
            var session = UIFixtures.session(fixture, language: .dutch)
            session.press(keys)
            Golden.check(session.text, "\(name)-80x24-nl")
        }
    }

    @Test func dutchDatesAndPeriods() {
        let s = Strings.dutch
        let day = CalendarDate("2026-12-05")!
        #expect(s.longDate(day) == "za 5 dec 2026")
        #expect(s.period(Period(.month, containing: day)) == "december 2026")
        #expect(s.period(Period(.week, containing: day)) == "week 49 · 2026")
        #expect(s.period(Period(.quarter, containing: day)) == "K4 2026")
        #expect(s.span(Period(.month, containing: day).range!) == "1 – 31 dec")
        #expect(s.number(12345) == "12.345" && s.number(999) == "999" && Strings.english.number(12345) == "12345")
        #expect(Strings.english.longDate(day) == "Sat 5 Dec 2026")
    }

    @Test func aDateTypedTheDutchWayIsTakenAndAWrongOneExplainedWhole() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory, language: .dutch)
        ui.press(.character("2"), .character("a"))
        ui.type("Eva Jansen")
        ui.press(.tab)
        ui.type("Klantcontact")
        ui.press(.tab, .tab, .tab)
        ui.type("31-12-2021")
        ui.press(.tab, .backTab, .control("a"), .control("k"))
        ui.type("12-31-2021")
        ui.press(.control("s"))
        // The whole hint, wrapped, at 80 columns.
        #expect(ui.text.contains("! in dienst sinds \"12-31-2021\" is geen datum; gebruik"), "\(ui.text)")
        #expect(ui.text.contains("JJJJ-MM-DD, DD-MM-JJJJ, vandaag of gisteren"), "\(ui.text)")
        ui.press(.control("a"), .control("k"))
        ui.type("1-3-2021")
        ui.press(.control("s"))
        #expect(ui.text.contains("Bewaard"), "\(ui.text)")
        let person = try Session(UIFixtures.configuration(directory)).employees().employees.first { $0.name == "Eva Jansen" }
        #expect(person?.startDate == CalendarDate("2021-03-01"))
    }
}
