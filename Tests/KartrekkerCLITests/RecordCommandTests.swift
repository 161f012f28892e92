import Foundation
import Testing

@Suite struct RecordCommandTests {
    @Test func logListStatusAndDelete() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        let smile = try cli.ok("log", "anna", "--category", "smile", "--note", "  Lekkage dezelfde dag verholpen ",
                               "--channel", "visit", "--value", "Betrokken", "--value", "oplossingsgericht",
                               "--project", "Renovatie Zuid", "--date", "2026-11-02")
        #expect(smile.hasPrefix("c-") && !smile.contains("\n"))
        let idea = try cli.ok("log", anna, "--category", "idea", "--note", "Sleutelkluis", "--date", "yesterday")
        let goal = try cli.ok("log", anna, "--category", "goal", "--note", "Target gehaald", "--date", "2026-10-31")

        let list = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == [idea, smile, goal])
        let first = list[1]
        #expect(Set(first.keys) == ["id", "employeeId", "date", "category", "note", "channel", "values", "project",
                                    "ideaStatus", "points", "recordedBy", "recordedAt"])
        #expect(first["note"] as? String == "Lekkage dezelfde dag verholpen")
        #expect(first["values"] as? [String] == ["betrokken", "oplossingsgericht"])
        #expect(first["points"] as? Int == 5 && first["ideaStatus"] is NSNull)
        #expect(first["recordedBy"] as? String == "teamlead" && first["employeeId"] as? String == anna)
        #expect((first["recordedAt"] as? String)?.hasSuffix("Z") == true)
        #expect(list[0]["date"] as? String == "2026-11-28" && list[0]["ideaStatus"] as? String == "proposed")

        let csv = try cli.ok("contribution", "list", "--format", "csv", "--category", "smile").components(separatedBy: "\r\n")
        #expect(csv[0] == "id,employeeId,date,category,note,channel,values,project,ideaStatus,points,recordedBy,recordedAt")
        #expect(csv[1].hasPrefix("\(smile),\(anna),2026-11-02,smile,Lekkage dezelfde dag verholpen,visit,betrokken;oplossingsgericht,Renovatie Zuid,,5,teamlead,"))
        let november = try #require(try cli.run("contribution", "list", "--from", "2026-11-01", "--to", "2026-11-30",
                                                "--format", "json").json as? [[String: Any]])
        #expect(november.count == 2)
        #expect(try cli.ok("contribution", "list").contains("Sleutelkluis"))

        #expect(try cli.ok("contribution", "status", idea, "implemented").contains("6 points"))
        let updated = try #require(try cli.run("contribution", "list", "--category", "idea", "--format", "json").json as? [[String: Any]])
        #expect(updated.first?["ideaStatus"] as? String == "implemented" && updated.first?["points"] as? Int == 6)
        try cli.fails(["contribution", "status", smile, "adopted"])
        try cli.fails(["contribution", "status", "c-nope", "adopted"])
        try cli.fails(["contribution", "status", idea, "maybe"], status: 64)

        _ = try cli.ok("contribution", "delete", goal)
        let after = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(after.count == 2 && !after.contains { $0["id"] as? String == goal })
        try cli.fails(["contribution", "delete", goal])
    }

    @Test func logRefusesBadInputAndChangesNothing() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        _ = try cli.ok("log", "anna", "--category", "smile", "--note", "first")
        try cli.fails(["log", "anna", "--category", "smile", "--note", "tomorrow", "--date", "2026-11-30"])
        try cli.fails(["log", "anna", "--category", "smile", "--note", "bad date", "--date", "11-29-2026"])
        try cli.fails(["log", "anna", "--category", "smile", "--note", "   "])
        let field = try cli.fails(["log", "anna", "--category", "smile", "--note", "bell\u{7}"])
        #expect(field.contains("note contains a control character (U+0007)"))
        try cli.fails(["log", "anna", "--category", "smile", "--note", "x", "--value", "a\u{202E}b"])
        try cli.fails(["log", "anna", "--category", "smile", "--note", String(repeating: "n", count: 2001)])
        try cli.fails(["log", "piet", "--category", "smile", "--note", "x"])
        try cli.fails(["log", "anna", "--category", "party", "--note", "x"], status: 64)
        try cli.fails(["log", "anna", "--category", "smile", "--note", "x", "--channel", "pigeon"], status: 64)
        try cli.fails(["log", "anna", "--note", "x"], status: 64)
        try cli.fails(["contribution", "list", "--from", "2026-11-10", "--to", "2026-11-01"])
        var otherDay = cli
        otherDay.today = "not-a-date"
        try otherDay.fails(["log", "anna", "--category", "smile", "--note", "x"])
    }

    @Test func recognizeLinksContributionsAndListsNewestFirst() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        let bert = try cli.ok("employee", "add", "Bert Bakker", "--team", "Wijkbeheer")
        let work = try cli.ok("log", anna, "--category", "beyond", "--note", "Weekend gewerkt", "--date", "2026-11-20")
        let bertWork = try cli.ok("log", bert, "--category", "goal", "--note", "x", "--date", "2026-11-20")
        let thanks = try cli.ok("recognize", "anna", "--kind", "thanks", "--message", "Dank je!", "--for", work,
                                "--date", "2026-11-21")
        let gift = try cli.ok("recognize", "bert", "--kind", "gift", "--message", "Bloemen", "--private")
        #expect(thanks.hasPrefix("r-") && gift.hasPrefix("r-"))
        let list = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == [gift, thanks])
        #expect(Set(list[0].keys) == ["id", "employeeId", "date", "kind", "message", "contributionIds", "visibility",
                                      "recordedBy", "recordedAt"])
        #expect(list[0]["visibility"] as? String == "private" && list[1]["visibility"] as? String == "public")
        #expect(list[1]["contributionIds"] as? [String] == [work])
        let annas = try #require(try cli.run("recognition", "list", "--employee", "anna", "--format", "json").json as? [[String: Any]])
        #expect(annas.count == 1)
        let csv = try cli.ok("recognition", "list", "--format", "csv").components(separatedBy: "\r\n")
        #expect(csv[0] == "id,employeeId,date,kind,message,contributionIds,visibility,recordedBy,recordedAt")
        #expect(try cli.ok("recognition", "list").contains("Bloemen"))

        try cli.fails(["recognize", "anna", "--kind", "thanks", "--message", "x", "--for", bertWork])
        try cli.fails(["recognize", "anna", "--kind", "thanks", "--message", "x", "--for", "c-000000-nothing"])
        try cli.fails(["recognize", "anna", "--kind", "thanks", "--message", "x", "--for", work, "--date", "2026-11-19"])
        try cli.fails(["recognize", "anna", "--kind", "medal", "--message", "x"], status: 64)
        try cli.fails(["recognize", "anna", "--kind", "thanks", "--message", ""])
        try cli.fails(["recognize", "anna", "--kind", "thanks", "--message", "x", "--date", "2026-12-01"])

        // Deleting a contribution keeps the recognition, without the link.
        _ = try cli.ok("contribution", "delete", work)
        let unlinked = try #require(try cli.run("recognition", "list", "--employee", anna, "--format", "json").json as? [[String: Any]])
        #expect(unlinked.first?["contributionIds"] as? [String] == [])
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }
}
