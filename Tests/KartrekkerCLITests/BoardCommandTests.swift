import Foundation
import Testing

@Suite struct BoardCommandTests {
    /// Anna 9 (smile + beyond), Bert 5 (smile), Cor 5 (beyond + ... ) in November; October differs.
    func organisation() throws -> (CLI, [String: String]) {
        let cli = CLI()
        var ids: [String: String] = [:]
        for (name, team) in [("Anna", "Wijkbeheer"), ("Bert", "Wijkbeheer"), ("Çelik", "Klantcontact"),
                             ("Dirk", "Klantcontact"), ("Eva", "Verhuur")] {
            ids[name] = try cli.ok("employee", "add", name, "--team", team)
        }
        let log: [(String, String, String, [String])] = [
            ("Anna", "smile", "2026-11-03", ["betrokken"]), ("Anna", "beyond", "2026-11-04", []),
            ("Bert", "smile", "2026-11-05", []), ("Çelik", "goal", "2026-11-05", ["betrokken"]),
            ("Çelik", "attention", "2026-11-06", []), ("Dirk", "smile", "2026-10-05", []),
            ("Bert", "idea", "2026-10-06", []), ("Anna", "goal", "2026-10-07", []),
        ]
        for (name, category, date, values) in log {
            _ = try cli.ok(["log", ids[name]!, "--category", category, "--note", "n", "--date", date]
                           + values.flatMap { ["--value", $0] })
        }
        return (cli, ids)
    }

    @Test func monthBoardWithTiesAndPreviousRanks() throws {
        let (cli, ids) = try organisation()
        let board = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        let period = try #require(board["period"] as? [String: Any])
        #expect(period["kind"] as? String == "month" && period["from"] as? String == "2026-11-01" && period["to"] as? String == "2026-11-30")
        let rows = try #require(board["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Anna", "Bert", "Çelik"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 2])
        #expect(rows.map { $0["score"] as? Int } == [9, 5, 5])
        #expect(rows.map { $0["contributions"] as? Int } == [2, 1, 2])
        #expect(rows.map { $0["previousRank"] as? Int } == [3, 2, nil])
        #expect(rows.map { $0["previousScore"] as? Int } == [2, 3, nil])
        #expect(rows[2]["previousRank"] is NSNull)
        #expect(Set(rows[0].keys) == ["rank", "id", "name", "team", "score", "contributions", "recognitions",
                                      "previousRank", "previousScore"])
        #expect(!rows.contains { $0["id"] as? String == ids["Eva"] || $0["id"] as? String == ids["Dirk"] })

        let table = try cli.ok("leaderboard")
        #expect(table.contains("November 2026"))
        #expect(table.contains("▲2") && table.contains("new"))
        let csv = try cli.ok("leaderboard", "--format", "csv").components(separatedBy: "\r\n")
        #expect(csv[0] == "rank,id,name,team,score,contributions,recognitions,previousRank,previousScore")
        #expect(csv[3] == "2,\(ids["Çelik"]!),Çelik,Klantcontact,5,2,0,,")
    }

    @Test func filtersTopAndPeriods() throws {
        let (cli, _) = try organisation()
        func names(_ arguments: String...) throws -> [String?] {
            let board = try #require(try cli.run(["leaderboard", "--format", "json"] + arguments).json as? [String: Any])
            return (board["rows"] as? [[String: Any]] ?? []).map { $0["name"] as? String }
        }
        #expect(try names("--team", "klantcontact") == ["Çelik"])
        #expect(try names("--value", "Betrokken") == ["Anna", "Çelik"])
        #expect(try names("--category", "smile") == ["Anna", "Bert"])
        #expect(try names("--top", "1") == ["Anna"])
        #expect(try names("--top", "2") == ["Anna", "Bert", "Çelik"])
        #expect(try names("--period", "month", "--at", "2026-10-15") == ["Dirk", "Bert", "Anna"])
        #expect(try names("--period", "all") == ["Anna", "Bert", "Çelik", "Dirk"])
        #expect(try names("--period", "week", "--at", "2026-11-04") == ["Anna", "Bert", "Çelik"])
        #expect(try names("--period", "week", "--at", "2026-11-10") == [])
        #expect(try names("--from", "2026-11-05", "--to", "2026-11-06") == ["Bert", "Çelik"])
        let all = try #require(try cli.run("leaderboard", "--period", "all", "--format", "json").json as? [String: Any])
        let period = try #require(all["period"] as? [String: Any])
        #expect(period["from"] is NSNull && period["to"] is NSNull && period["kind"] as? String == "all")
        let custom = try #require(try cli.run("leaderboard", "--from", "2026-11-05", "--to", "2026-11-06", "--format", "json").json as? [String: Any])
        #expect((custom["period"] as? [String: Any])?["kind"] as? String == "custom")
        #expect(try names("--period", "year", "--at", "2025-06-01") == [])
        #expect(try cli.ok("leaderboard", "--period", "year", "--at", "2025-06-01").contains("Nobody has points"))

        try cli.fails(["leaderboard", "--team", "Onderhoud"])
        try cli.fails(["leaderboard", "--from", "2026-11-01"], status: 64)
        try cli.fails(["leaderboard", "--from", "2026-11-01", "--to", "2026-11-02", "--period", "week"], status: 64)
        try cli.fails(["leaderboard", "--top", "0"], status: 64)
        try cli.fails(["leaderboard", "--period", "decade"], status: 64)
        try cli.fails(["leaderboard", "--at", "2026-02-30"])
        try cli.fails(["leaderboard", "--at", "9999-11-01", "--period", "quarter"])
        try cli.fails(["leaderboard", "--at", "0001-01-01", "--period", "year"])
        try cli.fails(["leaderboard", "--from", "2026-11-09", "--to", "2026-11-01"])
    }

    @Test func nudgesFollowThe90And30DayRule() throws {
        let (cli, ids) = try organisation()
        _ = try cli.ok("recognize", ids["Bert"]!, "--kind", "thanks", "--message", "m", "--date", "2026-10-31")
        _ = try cli.ok("recognize", ids["Çelik"]!, "--kind", "thanks", "--message", "m", "--date", "2026-10-30")
        let nudges = try #require(try cli.run("nudges", "--format", "json").json as? [String: Any])
        #expect(nudges["at"] as? String == "2026-11-29")
        let rows = try #require(nudges["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Anna", "Çelik", "Dirk"])
        #expect(rows.map { $0["score"] as? Int } == [11, 5, 5])
        #expect(rows[1]["lastRecognized"] as? String == "2026-10-30" && rows[1]["daysSinceRecognition"] as? Int == 30)
        #expect(rows[0]["lastRecognized"] is NSNull && rows[0]["daysSinceRecognition"] is NSNull)
        #expect(Set(rows[0].keys) == ["id", "name", "team", "score", "lastRecognized", "daysSinceRecognition"])
        let later = try #require(try cli.run("nudges", "--at", "2027-01-05", "--format", "json").json as? [String: Any])
        #expect((later["rows"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Anna", "Bert", "Çelik"])
        let csv = try cli.ok("nudges", "--format", "csv").components(separatedBy: "\r\n")
        #expect(csv[0] == "id,name,team,score,lastRecognized,daysSinceRecognition")
        #expect(try cli.ok("nudges").contains("never"))
        try cli.fails(["nudges", "--at", "soon"])
        // The work anniversaries of the coming fourteen days, beside the nudges.
        #expect(nudges["milestones"] as? [Any] != nil)
        _ = try cli.ok("employee", "edit", ids["Bert"]!, "--start", "2014-06-10")
        _ = try cli.ok("employee", "edit", ids["Dirk"]!, "--start", "2025-12-13")
        let jubilea = try #require(try cli.run("nudges", "--format", "json").json as? [String: Any])
        let milestones = try #require(jubilea["milestones"] as? [[String: Any]])
        #expect(milestones.map { $0["name"] as? String } == ["Bert", "Dirk"], "\(milestones)")
        #expect(milestones.map { $0["months"] as? Int } == [150, 12])
        #expect(milestones.map { $0["date"] as? String } == ["2026-12-10", "2026-12-13"])
        let table = try cli.ok("nudges")
        #expect(table.contains("Work anniversaries from 2026-11-29 to 2026-12-13") && table.contains("12½"), "\(table)")
        #expect(try cli.ok("nudges", "--at", "2026-10-01").contains("No work anniversaries from 2026-10-01 to 2026-10-15"))
    }

    @Test func fairnessOnTheDemoAgreesWithARecomputationByHand() throws {
        let cli = CLI()
        _ = try cli.ok("demo")
        let fairness = try #require(try cli.run("fairness", "--period", "quarter", "--format", "json").json as? [String: Any])
        let active = Set(try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
            .filter { $0["archived"] as? Bool == false }.compactMap { $0["id"] as? String })
        let inQuarter = { (record: [String: Any]) in
            (record["date"] as? String ?? "") >= "2026-10-01" && (record["date"] as? String ?? "") <= "2026-11-29"
                && active.contains(record["employeeId"] as? String ?? "")
        }
        let contributions = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]]).filter(inQuarter)
        let recognitions = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]]).filter(inQuarter)
        #expect(fairness["recognitions"] as? Int == recognitions.count && !recognitions.isEmpty)
        var received: [String: Int] = [:]
        for recognition in recognitions { received[recognition["employeeId"] as! String, default: 0] += 1 }
        let top = received.values.sorted(by: >).prefix(3).reduce(0, +)
        #expect(fairness["topThreePercent"] as? Int == Int((Double(top) * 100 / Double(recognitions.count)).rounded()))
        let unrecognized = Set(contributions.map { $0["employeeId"] as! String }).subtracting(received.keys)
        #expect(Set((fairness["unrecognized"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }) == unrecognized)
        let linked = Set(recognitions.flatMap { $0["contributionIds"] as? [String] ?? [] })
        for share in try #require(fairness["categories"] as? [[String: Any]]) {
            let theirs = contributions.filter { $0["category"] as? String == share["category"] as? String }
            #expect(share["recorded"] as? Int == theirs.count)
            #expect(share["recognized"] as? Int == theirs.filter { linked.contains($0["id"] as! String) }.count)
        }
        let text = try cli.ok("fairness", "--period", "quarter")
        #expect(text.hasPrefix("Fairness · Q4 2026 (2026-10-01 – 2026-11-29)"), "\(text)")
        for label in ["Top three", "Not recognized", "Breadth", "Per kind"] { #expect(text.contains(label)) }
        _ = try cli.ok("config", "nudges", "off")
        let unnamed = try #require(try cli.run("fairness", "--period", "quarter", "--format", "json").json as? [String: Any])
        #expect(unnamed["unrecognized"] as? Int == unrecognized.count)
        try cli.fails(["fairness", "--team", "Nergens"])
        try cli.fails(["fairness", "--format", "csv"], status: 64)
    }
}
