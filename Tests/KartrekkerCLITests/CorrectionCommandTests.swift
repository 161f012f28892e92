import Foundation
import Testing

/// `contribution edit`, `recognition edit` and `recognition delete`: corrections keep the
/// record's id, follow the rules of the commands that create records, and change nothing when
/// refused.
@Suite struct CorrectionCommandTests {
    func json(_ cli: CLI, _ arguments: String...) throws -> [[String: Any]] {
        try #require(try cli.run(arguments).json as? [[String: Any]])
    }

    @Test func aContributionIsCorrectedInPlaceAndMayMoveMonth() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        let id = try cli.ok("log", anna, "--category", "smile", "--note", "Lekage verholpen", "--date", "2026-11-20",
                            "--value", "betrokken", "--project", "Zuid")
        #expect(try cli.ok("contribution", "edit", id, "--note", "Lekkage verholpen") == id)
        var list = try json(cli, "contribution", "list", "--format", "json")
        #expect(list.count == 1 && list[0]["id"] as? String == id && list[0]["note"] as? String == "Lekkage verholpen")
        #expect(list[0]["values"] as? [String] == ["betrokken"] && list[0]["project"] as? String == "Zuid")
        // Another month, another category, values replaced, the project cleared.
        #expect(try cli.ok("contribution", "edit", id, "--date", "2026-10-31", "--category", "idea", "--value", "Samen",
                           "--project", "") == id)
        list = try json(cli, "contribution", "list", "--format", "json")
        #expect(list[0]["id"] as? String == id && list[0]["date"] as? String == "2026-10-31")
        #expect(list[0]["category"] as? String == "idea" && list[0]["ideaStatus"] as? String == "proposed")
        #expect(list[0]["points"] as? Int == 3 && list[0]["values"] as? [String] == ["samen"] && list[0]["project"] is NSNull)
        let november = (try? String(contentsOf: cli.file("contributions/2026-11.json"), encoding: .utf8)) ?? ""
        #expect(!november.contains(id))
        #expect(try String(contentsOf: cli.file("contributions/2026-10.json"), encoding: .utf8).contains(id))
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func aContributionCorrectionIsRefusedLikeANewOne() throws {
        let cli = CLI()
        let anna = try cli.annaWithOneContribution()
        let id = try #require(try json(cli, "contribution", "list", "--format", "json").first?["id"] as? String)
        #expect(try cli.fails(["contribution", "edit", id, "--note", "  "]).contains("note is empty"))
        #expect(try cli.fails(["contribution", "edit", id, "--date", "2026-12-25"]).contains("in the future"))
        #expect(try cli.fails(["contribution", "edit", id, "--note", "a\u{1B}b"]).contains("control character"))
        #expect(try cli.fails(["contribution", "edit", "c-nope", "--note", "x"]).contains("no contribution has id c-nope"))
        try cli.fails(["contribution", "edit", id], status: 64)
        try cli.fails(["contribution", "edit", id, "--category", "nonsense"], status: 64)
        // A recognition for it may not end up dated before it.
        _ = try cli.ok("contribution", "edit", id, "--date", "2026-11-20")
        let thanks = try cli.ok("recognize", anna, "--kind", "thanks", "--message", "Dank", "--for", id, "--date", "2026-11-25")
        #expect(try cli.fails(["contribution", "edit", id, "--date", "2026-11-27"]).contains("after recognition \(thanks)"))
    }

    @Test func aRecognitionIsCorrectedAndDeleted() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        let bert = try cli.ok("employee", "add", "Bert Bakker", "--team", "Onderhoud")
        let first = try cli.ok("log", anna, "--category", "smile", "--note", "Een", "--date", "2026-11-02")
        let second = try cli.ok("log", anna, "--category", "goal", "--note", "Twee", "--date", "2026-11-10")
        let bertsOwn = try cli.ok("log", bert, "--category", "goal", "--note", "Drie", "--date", "2026-11-10")
        let id = try cli.ok("recognize", anna, "--kind", "thanks", "--message", "Dank je", "--for", first)
        #expect(try cli.ok("recognition", "edit", id, "--kind", "compliment", "--message", "Genoemd in het overleg",
                           "--for", first, "--for", second, "--private") == id)
        var list = try json(cli, "recognition", "list", "--format", "json")
        #expect(list.count == 1 && list[0]["id"] as? String == id && list[0]["kind"] as? String == "compliment")
        #expect(list[0]["contributionIds"] as? [String] == [first, second] && list[0]["visibility"] as? String == "private")
        _ = try cli.ok("recognition", "edit", id, "--public")
        list = try json(cli, "recognition", "list", "--format", "json")
        #expect(list[0]["visibility"] as? String == "public")
        #expect(try cli.fails(["recognition", "edit", id, "--for", bertsOwn]).contains("is not Anna de Vries's"))
        #expect(try cli.fails(["recognition", "edit", id, "--date", "2026-11-05"]).contains("after the recognition"))
        try cli.fails(["recognition", "edit", id, "--private", "--public"], status: 64)
        #expect(try cli.ok("recognition", "delete", id).hasPrefix("Deleted \(id) ("))
        #expect(try json(cli, "recognition", "list", "--format", "json").isEmpty)
        #expect(try cli.fails(["recognition", "delete", id]).contains("no recognition has id"))
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }
}
