import Foundation
import Testing

/// What a user types, and what is printed back: odd paths, odd names, text that starts with a
/// dash, and messages that say what is wrong in words.
@Suite struct TypedInputTests {
    @Test func anEmptyDataDirOptionIsAnErrorNotTheDefault() throws {
        let cli = CLI()
        let error = try cli.fails(["employee", "list", "--data-dir", ""])
        #expect(error.contains("--data-dir is empty"))
    }

    @Test func aDatabaseAddressIsCheckedAndItsPasswordNeverEchoed() throws {
        let cli = CLI()
        var error = try cli.fails(["leaderboard", "--store", "postgres://lead:geheim@db/kartrekker"])
        #expect(error.contains("PGPASSWORD") && !error.contains("geheim"))
        error = try cli.fails(["--store", "mysql://lead@db/k", "leaderboard"])
        #expect(error.contains("is not a postgres://USER@HOST/DB address"))
        error = try cli.fails(["db", "migrate"])
        #expect(error.contains("needs a database"))
        error = try cli.fails(["check", "--store", "postgres://lead@db/kartrekker"])
        #if PostgreSQL
        #expect(error.contains("cannot reach the database"))
        #else
        #expect(error.contains("built without the PostgreSQL store"))
        #endif
        // The default build has no PostgreSQL in it, and says how to get it; nothing is written.
        #if !PostgreSQL
        var fromEnvironment = cli
        fromEnvironment.extraEnvironment = ["KARTREKKER_STORE": "postgres://lead@db/kartrekker"]
        error = try fromEnvironment.fails(["employee", "list"])
        #expect(error.contains("built without the PostgreSQL store") && error.contains("--traits PostgreSQL"))
        #endif
        #expect(!FileManager.default.fileExists(atPath: cli.directory.path))
    }

    @Test func readingADirectoryThatDoesNotExistOrIsAFileSaysSo() throws {
        let cli = CLI()
        var error = try cli.fails(["leaderboard"])
        #expect(error.contains("does not exist") && error.contains("kartrekker demo") && error.contains("employee add"))
        try cli.fails(["check"])
        try FileManager.default.createDirectory(at: cli.directory.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "not a directory".write(to: cli.directory, atomically: true, encoding: .utf8)
        error = try cli.fails(["employee", "list"])
        #expect(error.contains("is not a directory"))
        try FileManager.default.removeItem(at: cli.directory)
        try FileManager.default.createDirectory(at: cli.directory, withIntermediateDirectories: true)
        #expect(try cli.ok("employee", "list").contains("No employees yet"))
    }

    @Test func invisibleCharactersAndRunsOfSpacesDoNotMakeANewName() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        #expect(try cli.fails(["employee", "add", "Anna\u{200B} de Vries", "--team", "A"]).contains("invisible character (U+200B)"))
        #expect(try cli.fails(["employee", "add", "\u{FEFF}Anna", "--team", "A"]).contains("invisible character (U+FEFF)"))
        #expect(try cli.fails(["employee", "add", "Anna  de   Vries", "--team", "Verhuur"]).contains("already exists (\(anna))"))
        #expect(try cli.ok("employee", "show", "anna  de vries", "--format", "json").contains(anna))
        // Stored with one space between the words.
        let bert = try cli.ok("employee", "add", "Bert   Bakker", "--team", "Onderhoud")
        #expect(try cli.ok("employee", "show", bert, "--format", "json").contains("\"Bert Bakker\""))
    }

    @Test func textThatStartsWithADashIsTextOrAClearError() throws {
        let cli = CLI()
        let result = try cli.run(["employee", "add", "-Dash", "--team", "A"])
        #expect(result.status == 64 && result.stdout.isEmpty && result.stderr.hasPrefix("error: -Dash is not an option"))
        #expect(!FileManager.default.fileExists(atPath: cli.file("employees.json").path))
        let dash = try cli.ok("employee", "add", "--team", "A", "--", "-Dash")
        #expect(try cli.ok("employee", "show", dash, "--format", "json").contains("\"-Dash\""))
        let id = try cli.ok("log", dash, "--category", "goal", "--note", "-begint met streep")
        let list = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(list.first?["id"] as? String == id && list.first?["note"] as? String == "-begint met streep")
    }

    @Test func aValueTagCannotHoldTheListSeparator() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        #expect(try cli.fails(["log", anna, "--category", "goal", "--note", "x", "--value", "a;b"]).contains("contains a ;"))
    }

    @Test func anUnknownValueListsTheValuesInUse() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "x", "--value", "betrokken")
        let error = try cli.fails(["leaderboard", "--value", "betrokkken"])
        #expect(error.contains("no contribution has the value \"betrokkken\"") && error.contains("values: betrokken"))
        #expect(try cli.ok("leaderboard", "--value", "BETROKKEN").contains("Anna"))
        #expect(try cli.fails(["leaderboard", "--top", "-1"], status: 64).contains("--top must be at least 1"))
    }

    @Test func aTeamTypedDifferentlyIsTheExistingTeam() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Anna", "--team", "Klantcontact")
        let bert = try cli.ok("employee", "add", "Bert", "--team", "KLANTCONTACT")
        #expect(try cli.ok("employee", "show", bert, "--format", "json").contains("\"Klantcontact\""))
        let csv = cli.directory.deletingLastPathComponent().appendingPathComponent("hr.csv")
        try "naam;team\nCees;klantcontact\nDirk;Nieuw team\nEva;nieuw TEAM\n".write(to: csv, atomically: true, encoding: .utf8)
        _ = try cli.ok("import", "employees", csv.path)
        let list = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(Set(list.compactMap { $0["team"] as? String }) == ["Klantcontact", "Nieuw team"])
    }

    @Test func nothingIsRecordedBeforeSomeoneStarted() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A", "--start", "2026-11-01")
        let error = try cli.fails(["log", anna, "--category", "goal", "--note", "x", "--date", "2026-10-31"])
        #expect(error.contains("2026-10-31 is before Anna started (2026-11-01)"))
        try cli.fails(["recognize", anna, "--kind", "thanks", "--message", "x", "--date", "2026-10-15"])
        #expect(try cli.ok("log", anna, "--category", "goal", "--note", "x", "--date", "2026-11-01").hasPrefix("c-"))
    }

    @Test func anEditThatChangesNothingSaysSo() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        #expect(try cli.ok("employee", "edit", anna, "--team", "A").hasPrefix("Nothing to change"))
        #expect(try cli.ok("employee", "edit", anna, "--team", "B").hasPrefix("Updated Anna"))
    }

    @Test func pathsAndValuesAreEchoedEscapedAndPluralsAreRight() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Anna", "--team", "A")
        let error = try cli.fails(["import", "employees", "/nowhere/evil\u{1B}[2J.csv"])
        #expect(error.contains("\\u{1B}[2J") && !error.unicodeScalars.contains("\u{1B}"))
        let parser = try cli.run(["leaderboard", "--period", "evil\u{1B}[31m"])
        #expect(parser.status == 64 && parser.stderr.contains("\\u{1B}") && !parser.stderr.unicodeScalars.contains("\u{1B}"))
        let out = cli.directory.deletingLastPathComponent().appendingPathComponent("out")
        #expect(try cli.ok("export", "--output", out.path).hasPrefix("Exported 1 employee, 0 contributions and 0 recognitions to"))
        let person = cli.directory.deletingLastPathComponent().appendingPathComponent("anna.json")
        let exported = try cli.run(["employee", "export", "Anna", "--output", person.path])
        #expect(exported.status == 0 && exported.stdout.hasPrefix("Exported Anna to "))
    }

    @Test func csvForDutchExcelOpensAsColumnsAndRunsNoFormula() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna; de Vries", "--team", "A")
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "=SUM(A1:A9)", "--value", "betrokken", "--value", "samen")
        let excel = cli.directory.deletingLastPathComponent().appendingPathComponent("excel")
        _ = try cli.ok("export", "--output", excel.path, "--dialect", "excel-nl")
        let bytes = try Data(contentsOf: excel.appendingPathComponent("contributions.csv"))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("id;employeeId;date;category;note;"))
        #expect(lines[1].contains(";'=SUM(A1:A9);;\"betrokken;samen\";"), "\(lines[1])")
        let people = String(decoding: try Data(contentsOf: excel.appendingPathComponent("employees.csv")).dropFirst(3), as: UTF8.self)
        #expect(people.contains(";\"Anna; de Vries\";"))
        // The default stays exact, for programs.
        let plain = cli.directory.deletingLastPathComponent().appendingPathComponent("plain")
        _ = try cli.ok("export", "--output", plain.path)
        let exact = try String(contentsOf: plain.appendingPathComponent("contributions.csv"), encoding: .utf8)
        #expect(exact.hasPrefix("id,employeeId") && exact.contains(",=SUM(A1:A9),,betrokken;samen,"))
        try cli.fails(["export", "--output", plain.path, "--format", "json", "--dialect", "excel-nl"], status: 64)
    }

    @Test func oneRecordIsShownWholeAndListsAreNeverCutWhenPiped() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        let long = String(repeating: "Lekkage verholpen en bewoner gerustgesteld. ", count: 8) + "EINDE"
        let id = try cli.ok("log", anna, "--category", "goal", "--note", long)
        let shown = try cli.ok("contribution", "show", id)
        #expect(shown.contains(long) && shown.contains("points") && shown.contains("Anna"))
        #expect(try cli.ok("contribution", "show", id, "--format", "json").contains("\"note\": \"\(long)\""))
        let thanks = try cli.ok("recognize", anna, "--kind", "thanks", "--message", long, "--for", id)
        #expect(try cli.ok("recognition", "show", thanks).contains(long))
        try cli.fails(["recognition", "show", "r-nope"])
        // Piped, nothing is cut.
        #expect(try cli.ok("contribution", "list").contains("EINDE"))
        // employee show says what it left out and how to list it.
        for n in 0..<11 { _ = try cli.ok("log", anna, "--category", "goal", "--note", "n\(n)") }
        #expect(try cli.ok("employee", "show", anna).contains("(the latest 10; 2 more with: kartrekker contribution list --employee \(anna))"))
    }

    @Test func damageIsNamedInWordsAndOnce() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        for n in 0..<30 { _ = try cli.ok("log", anna, "--category", "goal", "--note", "n\(n)") }
        try cli.edit("contributions/2026-11.json", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 99999999999999999999")
        #expect(try cli.fails(["contribution", "list"]).contains("schemaVersion is 99999999999999999999, not a version kartrekker writes"))
        try cli.edit("contributions/2026-11.json", replacing: "\"schemaVersion\": 99999999999999999999", with: "\"schemaVersion\": 1")
        try cli.edit("contributions/2026-11.json", replacing: "\"category\": \"goal\"", with: "\"category\": \"gaol\"")
        #expect(try cli.fails(["leaderboard"]).contains("unknown category \"gaol\"; it is one of smile, beyond, idea"))
        // A streamed list prints nothing before the damage is found.
        #expect(try cli.fails(["contribution", "list", "--format", "json"]).contains("gaol"))
        #expect(try cli.fails(["contribution", "list", "--format", "csv"]).contains("gaol"))
        try cli.edit("contributions/2026-11.json", replacing: "\"category\": \"gaol\"", with: "\"category\": \"goal\"")
        try FileManager.default.createDirectory(at: cli.file("recognitions/2026-11.json"), withIntermediateDirectories: true)
        #expect(try cli.fails(["recognition", "list"]).contains("recognitions/2026-11.json:1:1: is a directory where a data file should be"))
        try FileManager.default.removeItem(at: cli.file("recognitions/2026-11.json"))
        // One broken employees file: one problem, not one per record that follows from it.
        try "garbage{".write(to: cli.file("employees.json"), atomically: true, encoding: .utf8)
        let check = try cli.run("check")
        #expect(check.status == 1 && check.stderr.split(separator: "\n").count == 1, "\(check.stderr)")
    }

    @Test func csvThatCannotBeReadIsNamedInWords() throws {
        let cli = CLI()
        let folder = cli.directory.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let utf16 = folder.appendingPathComponent("unicode.csv")
        try "naam,team\nAnna,A\n".data(using: .utf16LittleEndian)!.write(to: utf16)
        #expect(try cli.fails(["import", "employees", utf16.path]).contains("is UTF-16 text; save it as CSV UTF-8"))
        let quote = folder.appendingPathComponent("quote.csv")
        try "name,team\n\"Anna,A\nBert,B\n".write(to: quote, atomically: true, encoding: .utf8)
        #expect(try cli.fails(["import", "employees", quote.path]).contains("quote.csv:2: a quoted field starts here and is never closed"))
    }
}
