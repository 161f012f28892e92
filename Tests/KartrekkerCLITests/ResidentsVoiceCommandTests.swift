import Foundation
import Testing

/// The resident's side of a contribution on the command line: its contact moment, the story
/// behind a smile, a declined idea's reason, a gift's amount and the salary administration's
/// list; what the files hold (version 2 only where needed) and what programs read.
@Suite struct ResidentsVoiceCommandTests {
    @Test func aStoryAndAContactMomentAreRecordedListedAndFiltered() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Verhuur")
        let plain = try cli.ok("log", bram, "--category", "smile", "--note", "Gewoon goed", "--date", "2026-11-02")
        // Nothing of version 2 yet: the month stays version 1, and programs see the contract's keys.
        #expect(try String(contentsOf: cli.file("contributions/2026-11.json"), encoding: .utf8).contains("\"schemaVersion\": 1"))
        let contractHeader = "id,employeeId,date,category,note,channel,values,project,ideaStatus,points,recordedBy,recordedAt"
        #expect(try cli.ok("contribution", "list", "--format", "csv").hasPrefix(contractHeader + "\r\n"))
        let told = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage bij mevrouw De Wit", "--date", "2026-11-03",
                              "--contact-moment", "repair request", "--story-problem", "Drie weken lekkage, twee keer doorverwezen",
                              "--story-action", "Zelf de loodgieter gebeld", "--story-cost", "€ 45,50", "--story-outcome", "Dezelfde dag opgelost")
        let shown = try #require(try cli.run("contribution", "show", told, "--format", "json").json as? [String: Any])
        #expect(shown["contactMoment"] as? String == "reparatieverzoek" && shown["storyCost"] as? String == "45.50"
                && shown["storyProblem"] as? String == "Drie weken lekkage, twee keer doorverwezen" && shown["declineReason"] == nil)
        let bare = try #require(try cli.run("contribution", "show", plain, "--format", "json").json as? [String: Any])
        #expect(Set(bare.keys) == Set(contractHeader.split(separator: ",").map(String.init)), "\(bare.keys)")
        #expect(try String(contentsOf: cli.file("contributions/2026-11.json"), encoding: .utf8).contains("\"schemaVersion\": 2"))
        #expect(try cli.ok("contribution", "show", told).contains("What they did: Zelf de loodgieter gebeld"))
        // CSV carries the later fields once any record has them.
        let csv = try cli.ok("contribution", "list", "--format", "csv")
        #expect(csv.hasPrefix(contractHeader + ",contactMoment,storyProblem,storyAction,storyCost,storyOutcome,declineReason,with\r\n"), "\(csv)")
        #expect(csv.contains(",reparatieverzoek,\"Drie weken lekkage, twee keer doorverwezen\",Zelf de loodgieter gebeld,45.50,Dezelfde dag opgelost,,\r\n"))
        // Filters by the moment: a key or a name in either language.
        let listed = try #require(try cli.run("contribution", "list", "--contact-moment", "reparatieverzoek", "--format", "json").json as? [[String: Any]])
        #expect(listed.map { $0["id"] as? String } == [told])
        let board = try #require(try cli.run("leaderboard", "--at", "2026-11-10", "--contact-moment", "Repair Request", "--format", "json").json
                                 as? [String: Any])
        #expect((board["rows"] as? [[String: Any]])?.map { $0["id"] as? String } == [anna])
        let unknown = try cli.fails(["log", anna, "--category", "smile", "--note", "x", "--contact-moment", "kantine"])
        #expect(unknown.contains("unknown contact moment \"kantine\"") && unknown.contains("reparatieverzoek"))
        // A story belongs to a smile or a step beyond; a cost is euros.
        #expect(try cli.fails(["log", anna, "--category", "goal", "--note", "x", "--story-problem", "y"]).contains("carries no story"))
        try cli.fails(["log", anna, "--category", "smile", "--note", "x", "--story-cost", "veel"], status: 64)
        // Corrected: a part changed, one cleared, the moment cleared.
        _ = try cli.ok("contribution", "edit", told, "--story-outcome", "", "--story-action", "De loodgieter gebeld en nagebeld",
                       "--contact-moment", "")
        let edited = try #require(try cli.run("contribution", "show", told, "--format", "json").json as? [String: Any])
        #expect(edited["storyOutcome"] == nil && edited["storyAction"] as? String == "De loodgieter gebeld en nagebeld"
                && edited["contactMoment"] == nil && edited["storyProblem"] != nil)
        #expect(try cli.ok("check").hasPrefix("ok: "))
    }

    @Test func theOrganisationsOwnContactMomentsAndADeclinesReason() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna", "--team", "Wijkbeheer")
        _ = try cli.ok("config", "contact-moments", "add", "Wijkschouw")
        #expect(try cli.ok("config", "contact-moments").contains("Wijkschouw — the organisation's own"))
        #expect(try cli.fails(["config", "contact-moments", "add", "wijkschouw"]).contains("exists already"))
        #expect(try cli.fails(["config", "contact-moments", "remove", "onderhoud"]).contains("the sector's contact moments"))
        let schouw = try cli.ok("log", anna, "--category", "attention", "--note", "Rondje wijk", "--contact-moment", "wijkschouw")
        _ = try cli.ok("config", "contact-moments", "remove", "Wijkschouw")
        // The record keeps it; a new one may not name it.
        #expect((try cli.run("contribution", "show", schouw, "--format", "json").json as? [String: Any])?["contactMoment"] as? String == "Wijkschouw")
        try cli.fails(["log", anna, "--category", "attention", "--note", "x", "--contact-moment", "wijkschouw"])

        let idea = try cli.ok("log", anna, "--category", "idea", "--note", "Sms als de monteur onderweg is")
        try cli.fails(["contribution", "status", idea, "adopted", "--reason", "Goed idee"], status: 64)
        #expect(try cli.ok("contribution", "status", idea, "declined", "--reason", "Komt al in de klantportal").contains("declined"))
        let declined = try #require(try cli.run("contribution", "show", idea, "--format", "json").json as? [String: Any])
        #expect(declined["declineReason"] as? String == "Komt al in de klantportal" && declined["ideaStatus"] as? String == "declined")
        // Taken up after all: the reason goes with the decline.
        _ = try cli.ok("contribution", "status", idea, "adopted")
        #expect((try cli.run("contribution", "show", idea, "--format", "json").json as? [String: Any])?["declineReason"] == nil)
    }

    @Test func giftsCarryAnAmountAndTheSalaryAdministrationGetsTheYear() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Verhuur")
        _ = try cli.ok("recognize", anna, "--kind", "gift", "--message", "Bloemen", "--amount", "25", "--date", "2026-03-02")
        _ = try cli.ok("recognize", anna, "--kind", "bonus", "--message", "Extra", "--amount", "1.250,00", "--date", "2026-06-01")
        _ = try cli.ok("recognize", bram, "--kind", "gift", "--message", "Taart", "--amount", "17.5", "--date", "2026-05-05")
        _ = try cli.ok("recognize", bram, "--kind", "gift", "--message", "Vorig jaar", "--amount", "10", "--date", "2025-12-20")
        _ = try cli.ok("recognize", bram, "--kind", "thanks", "--message", "Dank", "--date", "2026-05-06")
        #expect(try cli.fails(["recognize", bram, "--kind", "thanks", "--message", "x", "--amount", "5"]).contains("carries no amount"))
        try cli.fails(["recognize", bram, "--kind", "gift", "--message", "x", "--amount", "-5"], status: 64)
        let year = try #require(try cli.run("export", "gifts", "--year", "2026", "--format", "json").json as? [String: Any])
        #expect(year["total"] as? String == "1292.50")
        let people = try #require(year["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Anna de Vries", "Bram Bos"] && people.map { $0["total"] as? String } == ["1275.00", "17.50"])
        #expect((people[0]["gifts"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["25.00", "1250.00"])
        let table = try cli.ok("export", "gifts", "--year", "2026")
        #expect(table.contains("Organisation total: €1292.50 (3 given, 2 people)"), "\(table)")
        let dutchExcel = try cli.ok("export", "gifts", "--year", "2026", "--format", "csv", "--dialect", "excel-nl")
        #expect(dutchExcel.hasPrefix("\u{FEFF}id;name;team;gifts;total\r\n") && dutchExcel.contains(";Anna de Vries;Onderhoud;2;1275,00\r\n"),
                "\(dutchExcel)")
        // The recognitions' CSV has the amount column once any has one; the employee's own export holds it.
        #expect(try cli.ok("recognition", "list", "--format", "csv").hasPrefix(
            "id,employeeId,date,kind,message,contributionIds,visibility,recordedBy,recordedAt,amount\r\n"))
        let own = try #require(try cli.run("employee", "export", anna).json as? [String: Any])
        #expect((own["recognitions"] as? [[String: Any]])?.compactMap { $0["amount"] as? String }.sorted() == ["1250.00", "25.00"])
        // Erased with the person.
        _ = try cli.ok("employee", "erase", anna, "--yes")
        let after = try #require(try cli.run("export", "gifts", "--year", "2026", "--format", "json").json as? [String: Any])
        #expect(after["total"] as? String == "17.50")
    }

    @Test func anErasureRedactsOthersStoriesAndReasons() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Onderhoud")
        let story = try cli.ok("log", bram, "--category", "beyond", "--note", "Samen opgelost", "--story-action", "Met Anna de Vries langsgegaan",
                               "--story-outcome", "Anna de Vries belde de bewoner terug")
        let idea = try cli.ok("log", bram, "--category", "idea", "--note", "Idee")
        _ = try cli.ok("contribution", "status", idea, "declined", "--reason", "Anna de Vries doet dit al")
        _ = try cli.ok("employee", "erase", anna, "--yes")
        let told = try #require(try cli.run("contribution", "show", story, "--format", "json").json as? [String: Any])
        #expect(told["storyAction"] as? String == "Met [erased] langsgegaan" && told["storyOutcome"] as? String == "[erased] belde de bewoner terug")
        #expect((try cli.run("contribution", "show", idea, "--format", "json").json as? [String: Any])?["declineReason"] as? String
                == "[erased] doet dit al")
        let files = try FileManager.default.subpathsOfDirectory(atPath: cli.directory.path)
        for file in files where file.hasSuffix(".json") {
            #expect(!(try String(contentsOfFile: cli.directory.path + "/" + file, encoding: .utf8)).contains("Anna de Vries"), "\(file)")
        }
    }

    @Test func residentsScoresAreTypedInAndSetBesideTheEffort() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage", "--date", "2026-08-03", "--contact-moment", "reparatieverzoek")
        _ = try cli.ok("log", anna, "--category", "beyond", "--note", "Zaterdag", "--date", "2026-11-03", "--contact-moment", "reparatieverzoek")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Sleutel", "--date", "2026-11-04", "--contact-moment", "huur-opzeggen")
        #expect(try cli.ok("scores").contains("No scores yet"))
        #expect(try cli.ok("scores", "set", "2026-Q3", "reparatieverzoek", "7,8") == "2026-Q3 reparatieverzoek: 7.8")
        _ = try cli.ok("scores", "set", "q4 2026", "Repair request", "8.1")
        _ = try cli.ok("scores", "set", "2026-Q4", "moving out", "6.2")
        _ = try cli.ok("scores", "set", "2026-Q4", "moving out", "6.4", "--team", "onderhoud")
        #expect(try cli.fails(["scores", "set", "2026-Q5", "reparatieverzoek", "7"]).contains("is not a quarter"))
        #expect(try cli.fails(["scores", "set", "2026-Q4", "reparatieverzoek", "10.5"]).contains("not a score from 0 to 10"))
        #expect(try cli.fails(["scores", "set", "2026-Q4", "reparatieverzoek", "7.85"]).contains("not a score"))
        #expect(try cli.fails(["scores", "set", "2026-Q4", "kantine", "7"]).contains("unknown contact moment"))
        #expect(try cli.fails(["scores", "set", "2026-Q4", "onderhoud", "7", "--team", "Nergens"]).contains("no team \"Nergens\""))
        let listed = try #require(try cli.run("scores", "--format", "json").json as? [[String: Any]])
        #expect(listed.count == 4 && listed.contains { $0["team"] as? String == "Onderhoud" && $0["score"] as? String == "6.4" })
        _ = try cli.ok("scores", "remove", "2026-Q4", "moving out", "--team", "Onderhoud")
        let beside = try cli.ok("scores", "beside", "--quarters", "2")
        #expect(beside.contains("repair request") && beside.contains("7.8 · 1/1") && beside.contains("8.1 · 1/0"), "\(beside)")
        #expect(beside.contains("6.2 · 1/1") && beside.contains("Lowest latest score: moving out."), "\(beside)")
        #expect(beside.contains("Side by side, not cause and effect."))
    }

    @Test func aTeamsMandateBudgetCountsWhatItsStoriesCost() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Verhuur")
        _ = try cli.ok("budget", "set", "onderhoud", "2.500,00", "--year", "2026")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage", "--date", "2026-11-03", "--story-action", "Loodgieter gebeld",
                       "--story-cost", "85")
        _ = try cli.ok("log", anna, "--category", "beyond", "--note", "Bloemen", "--date", "2026-10-03", "--story-cost", "15,50")
        _ = try cli.ok("log", anna, "--category", "smile", "--note", "Vorig jaar", "--date", "2025-10-03", "--story-cost", "40")
        _ = try cli.ok("log", bram, "--category", "smile", "--note", "Sleutel", "--date", "2026-11-04", "--story-cost", "10")
        let table = try cli.ok("budget", "--year", "2026")
        #expect(table.contains("Onderhoud  €2500.00  €100.50  €2399.50            2"), "\(table)")
        #expect(table.contains("Verhuur           —   €10.00         —            1"), "\(table)")
        let onderhoud = try cli.ok("budget", "--year", "2026", "--team", "Onderhoud")
        #expect(onderhoud.contains("What it paid for:") && onderhoud.contains("2026-11-03  Anna de Vries  €85.00  Loodgieter gebeld"), "\(onderhoud)")
        let json = try #require(try cli.run("budget", "--year", "2026", "--format", "json").json as? [[String: Any]])
        #expect(json.first?["budget"] as? String == "2500.00" && json.first?["spent"] as? String == "100.50")
        _ = try cli.ok("budget", "set", "Onderhoud", "0", "--year", "2026")
        let removed = try cli.ok("budget", "--year", "2026").split(separator: "\n").first { $0.hasPrefix("Onderhoud") }
        #expect(removed?.contains("—") == true && removed?.contains("€100.50") == true, "\(String(describing: removed))")
        #expect(try cli.fails(["budget", "set", "Nergens", "100"]).contains("no team"))
    }

    @Test func creditSharedAlongTheJourneyIsEachPersonsOwn() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Klantcontact")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Onderhoud")
        let carla = try cli.ok("employee", "add", "Carla Kok", "--team", "Onderhoud")
        let first = try cli.ok("log", anna, "--category", "smile", "--note", "Lekkage: Anna nam op, Bram maakte het", "--date", "2026-11-10",
                               "--with", "Bram Bos", "--with", bram, "--story-action", "Samen opgelost", "--story-cost", "30")
        let shares = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(shares.count == 2 && shares.allSatisfy { $0["points"] as? Int == 5 && $0["note"] as? String == "Lekkage: Anna nam op, Bram maakte het" })
        let annas = try #require(shares.first { $0["id"] as? String == first })
        let brams = try #require(shares.first { $0["employeeId"] as? String == bram })
        #expect(annas["with"] as? [String] == [bram] && brams["with"] as? [String] == [anna])
        // The story's cost is booked once, on the first person's share.
        #expect(annas["storyCost"] as? String == "30.00" && brams["storyCost"] == nil && brams["storyAction"] as? String == "Samen opgelost")
        let board = try #require(try cli.run("leaderboard", "--at", "2026-11-10", "--format", "json").json as? [String: Any])
        #expect((board["rows"] as? [[String: Any]])?.compactMap { $0["score"] as? Int } == [5, 5])
        #expect(try cli.ok("employee", "show", bram).contains("Lekkage: Anna nam op"))
        #expect(try cli.fails(["log", anna, "--category", "smile", "--note", "x", "--with", "Niemand"]).contains("Niemand"))
        // Erased: gone from the others' shares too; nothing names them.
        _ = try cli.ok("log", carla, "--category", "beyond", "--note", "Samen met Bram", "--with", bram)
        _ = try cli.ok("employee", "erase", bram, "--yes")
        let after = try #require(try cli.run("contribution", "list", "--format", "json").json as? [[String: Any]])
        #expect(after.count == 2 && after.allSatisfy { $0["with"] == nil }, "\(after)")
        #expect(try cli.ok("check").hasPrefix("ok: "))
        // A share naming someone who does not exist is a problem check names.
        let annaNow = try #require(after.first { $0["employeeId"] as? String == anna }?["id"] as? String)
        _ = try cli.ok("log", anna, "--category", "goal", "--note", "Doel", "--date", "2026-11-12", "--with", carla)
        try cli.edit("contributions/2026-11.json", replacing: "\"\(carla)\"\n      ]", with: "\"e-nobody00\"\n      ]")
        let report = try cli.run("check")
        #expect(report.status == 1 && (report.stdout + report.stderr).contains("shares its credit with employee e-nobody00, who does not exist"), "\(report.stderr)")
        _ = annaNow
    }
}
