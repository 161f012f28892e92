import Foundation
import Testing

@Suite struct ExchangeCommandTests {
    func dataFiles(_ cli: CLI) -> [String: Data] {
        cli.snapshot().filter { !$0.key.hasPrefix(".") && !$0.key.hasPrefix("backups/") }
    }

    @Test func demoIsDeterministicAndRefusesDataWithoutForce() throws {
        let first = CLI()
        let second = CLI()
        #expect(try first.ok("demo").contains("24 employees"))
        _ = try second.ok("demo")
        #expect(dataFiles(first) == dataFiles(second))
        #expect(dataFiles(first).count > 10)
        let other = CLI()
        _ = try other.ok("demo", "--seed", "99")
        #expect(dataFiles(other) != dataFiles(first))

        let refused = try first.fails(["demo"])
        #expect(refused.contains("--force"))
        _ = try first.ok("demo", "--seed", "99", "--force")
        #expect(dataFiles(first) == dataFiles(other))
        #expect(try first.ok("check").hasPrefix("ok:"))

        let board = try #require(try first.run("leaderboard", "--format", "json").json as? [String: Any])
        #expect((board["rows"] as? [Any])?.isEmpty == false)
        let nudges = try #require(try first.run("nudges", "--format", "json").json as? [String: Any])
        #expect((nudges["rows"] as? [Any])?.isEmpty == false)
        try first.fails(["demo", "--employees", "0"], status: 64)
    }

    @Test func demoOnADirectoryWithOnlyAnEmployeeIsRefusedToo() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Anna", "--team", "A")
        try cli.fails(["demo", "--employees", "5"])
    }

    func write(_ text: String, _ cli: CLI, name: String = "staff.csv") throws -> String {
        let url = cli.directory.deletingLastPathComponent().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func importIsAllOrNothingAndSkipsWhatExists() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Bert Bakker", "--team", "Onderhoud")
        let good = try write("\u{FEFF}Naam;Team;Functie;E-mail\r\n\"El Amrani; Fatima\";Klantcontact;\"Klant\r\nadviseur\";f@woonstad.nl\r\n"
                             + "bert bakker;Onderhoud;;\r\nNoë de Vries;Wijkbeheer;;\r\n", cli)
        let dry = try cli.ok("import", "employees", good, "--dry-run")
        #expect(dry.contains("Would import 2 employees") && dry.contains("skipped 1"))
        #expect(try cli.ok("employee", "list", "--format", "csv").components(separatedBy: "\r\n").count == 3)
        let report = try cli.ok("import", "employees", good)
        #expect(report.contains("Imported 2 employees") && report.contains("skipped line 4: bert bakker exists already"))
        let list = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(list.map { $0["name"] as? String } == ["Bert Bakker", "El Amrani; Fatima", "Noë de Vries"])
        #expect(list[1]["role"] as? String == "Klant adviseur" && list[1]["email"] as? String == "f@woonstad.nl")
        let again = try cli.ok("import", "employees", good)
        #expect(again.contains("Imported 0 employees") && again.contains("skipped 3"))

        let bad = try write("name,team\nCor,Verhuur\nDirk,\n,Verhuur\n", cli, name: "bad.csv")
        let error = try cli.fails(["import", "employees", bad])
        #expect(error.contains("2 bad rows; nothing was imported") && error.contains("line 3:") && error.contains("line 4:"))
        try cli.fails(["import", "employees", "/nonexistent/staff.csv"])
        try cli.fails(["import", "employees", try write("voornaam,team\nA,B\n", cli, name: "header.csv")])
    }

    @Test func exportRoundTripsWhatTheListsPrint() throws {
        let cli = CLI()
        _ = try cli.ok("demo", "--employees", "12")
        _ = try cli.ok("employee", "archive", try #require((try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])?.first?["id"] as? String))
        let out = cli.directory.deletingLastPathComponent().appendingPathComponent("export")
        _ = try cli.ok("export", "--output", out.path, "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("kartrekker.json"))) as? [String: Any])
        func listed(_ arguments: String...) throws -> NSArray {
            try #require(try cli.run(arguments + ["--format", "json"]).json as? NSArray)
        }
        #expect(document["employees"] as? NSArray == (try listed("employee", "list", "--archived")))
        #expect(document["contributions"] as? NSArray == (try listed("contribution", "list")))
        #expect(document["recognitions"] as? NSArray == (try listed("recognition", "list")))

        _ = try cli.ok("export", "--output", out.path)
        for name in ["employees.csv", "contributions.csv", "recognitions.csv"] {
            let path = out.appendingPathComponent(name).path
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        }
        let csv = try String(contentsOf: out.appendingPathComponent("contributions.csv"), encoding: .utf8)
        // The contract's columns, then the later fields (the demo tells stories and names contact moments).
        #expect(csv.hasPrefix("id,employeeId,date,category,note,channel,values,project,ideaStatus,points,recordedBy,recordedAt,"
                              + "contactMoment,storyProblem,storyAction,storyCost,storyOutcome,declineReason,with\r\n"))
        #expect(csv == (try cli.run("contribution", "list", "--format", "csv").stdout))
        try cli.fails(["export", "--output", out.path])
        _ = try cli.ok("export", "--output", out.path, "--force")
    }
}
