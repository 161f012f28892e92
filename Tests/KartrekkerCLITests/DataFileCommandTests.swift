import Foundation
import Testing

@Suite struct DataFileCommandTests {
    @Test func recordsGoToOneFilePerMonth() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "A")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "x", "--date", "2026-10-31")
        let october = try Data(contentsOf: cli.file("contributions/2026-10.json"))
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "y", "--date", "2026-11-01")
        _ = try cli.ok("recognize", anna, "--kind", "thanks", "--message", "z")
        #expect(try Data(contentsOf: cli.file("contributions/2026-10.json")) == october)
        let november = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cli.file("contributions/2026-11.json"))) as? [String: Any])
        #expect(november["schemaVersion"] as? Int == 1 && november["month"] as? String == "2026-11")
        #expect((november["contributions"] as? [[String: Any]])?.count == 1)
        #expect((november["contributions"] as? [[String: Any]])?.first?["points"] == nil)
        #expect(FileManager.default.fileExists(atPath: cli.file("recognitions/2026-11.json").path))
        let text = try String(contentsOf: cli.file("employees.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"employees\": [\n"))
        #expect(try cli.ok("check").hasPrefix("ok: 4 files, 1 employee, 2 contributions, 1 recognition"))
    }

    @Test func damagedFilesAreNamedWithLineAndColumnAndNeverOverwritten() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        try cli.edit("contributions/2026-11.json", replacing: "\"smile\",", with: "\"smile\"")
        let check = try cli.run("check")
        #expect(check.status == 1 && check.stdout.isEmpty)
        #expect(check.stderr.hasPrefix("contributions/2026-11.json:5:7: expected ',' or '}'"), "\(check.stderr)")
        let refused = try cli.fails(["log", anna, "--category", "goal", "--note", "y"])
        #expect(refused.contains("contributions/2026-11.json:5:7:"))
        try cli.fails(["leaderboard"])

        try cli.edit("contributions/2026-11.json", replacing: "\"category\": \"smile\"", with: "\"category\": 5,")
        let typed = try cli.run("check")
        #expect(typed.status == 1)
        #expect(typed.stderr.contains("contributions/2026-11.json:4:19:"), "\(typed.stderr)")
        #expect(typed.stderr.contains("category"))
    }

    @Test func aNewerSchemaVersionIsNamed() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Anna", "--team", "A")
        try cli.edit("employees.json", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7")
        let error = try cli.fails(["employee", "add", "Bert", "--team", "A"])
        #expect(error.contains("schemaVersion 7") && error.contains("(1)"))
    }

    @Test func handEditedControlCharactersAreShownEscaped() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        try cli.edit("employees.json", replacing: "\"Anna\"", with: "\"Anna\\u001b[2J\\u202eevil\\u0007\"")
        for arguments in [["employee", "list"], ["employee", "list", "--format", "csv"], ["employee", "list", "--format", "json"],
                          ["leaderboard"], ["leaderboard", "--format", "json"], ["nudges"], ["contribution", "list"],
                          ["employee", "show", anna]] {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" },
                    "\(arguments) printed a raw control character")
            #expect(result.stdout.contains("Anna"))
        }
        #expect(try cli.ok("employee", "list").contains("Anna\\u{1B}[2J\\u{202E}evil\\u{7}"))
        let json = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(json.first?["name"] as? String == "Anna\u{1B}[2J\u{202E}evil\u{7}")
    }
}
