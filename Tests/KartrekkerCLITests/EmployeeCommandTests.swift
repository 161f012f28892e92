import Foundation
import Testing

@Suite struct EmployeeCommandTests {
    @Test func withoutATerminalTheUIPointsToTheSubcommandsAndHelpListsThem() throws {
        let cli = CLI()
        let result = try cli.run([])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("kartrekker --help"))
        let help = try cli.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: kartrekker"))
        #expect(help.stdout.contains("leaderboard") && help.stdout.contains("tui"))
        #expect(try cli.run(["log", "--help"]).stdout.contains("--category"))
    }

    @Test func theDataDirectoryMayComeBeforeTheSubcommand() throws {
        let cli = CLI()
        let elsewhere = cli.directory.deletingLastPathComponent().appendingPathComponent("other").path
        let id = try cli.ok("--data-dir", elsewhere, "employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        #expect(try cli.ok("employee", "list", "--data-dir", elsewhere).contains(id))
        #expect(try cli.ok("--data-dir=" + elsewhere, "employee", "list").contains(id))
        // Nothing went to the default directory.
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("employees.json").path))
        // A later --data-dir wins, as a repeated option does.
        try FileManager.default.createDirectory(at: cli.directory, withIntermediateDirectories: true)
        #expect(try cli.ok("--data-dir", elsewhere, "employee", "list", "--data-dir", cli.directory.path).contains("No employees yet"))
    }

    @Test func addPrintsTheIdAloneAndListShowsEveryFormat() throws {
        let cli = CLI()
        let id = try cli.ok("employee", "add", "Çelik Yılmaz", "--team", "Klantcontact", "--role", "Medewerker",
                            "--email", "celik@woonstad.nl", "--start", "2020-03-01")
        #expect(id.hasPrefix("e-") && !id.contains(" ") && !id.contains("\n"))
        let other = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")

        let json = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == [other, id])
        #expect(Set(json[1].keys) == ["id", "name", "team", "role", "email", "startDate", "archived"])
        #expect(json[1]["name"] as? String == "Çelik Yılmaz")
        #expect(json[1]["startDate"] as? String == "2020-03-01")
        #expect(json[0]["role"] is NSNull && json[0]["archived"] as? Bool == false)

        let csv = try cli.ok("employee", "list", "--format", "csv").components(separatedBy: "\r\n")
        #expect(csv[0] == "id,name,team,role,email,startDate,archived")
        #expect(csv[2] == "\(id),Çelik Yılmaz,Klantcontact,Medewerker,celik@woonstad.nl,2020-03-01,false")

        let table = try cli.ok("employee", "list")
        #expect(table.hasPrefix("ID"))
        #expect(table.contains("Çelik Yılmaz") && table.contains("Anna de Vries"))

        let team = try #require(try cli.run("employee", "list", "--team", "WIJKBEHEER", "--format", "json").json as? [[String: Any]])
        #expect(team.count == 1 && team[0]["id"] as? String == other)

        let shown = try #require(try cli.run("employee", "show", "celik", "--format", "json").json as? [String: Any])
        #expect(shown["id"] as? String == id && shown["email"] as? String == "celik@woonstad.nl")
        let story = try cli.ok("employee", "show", "celik yilmaz")
        #expect(story.contains("Çelik Yılmaz") && story.contains("Klantcontact") && story.contains("Contributions: 0"))
    }

    @Test func duplicatesAndBadInputAreRefusedAndChangeNothing() throws {
        let cli = CLI()
        _ = try cli.ok("employee", "add", "Noë Jansen", "--team", "Verhuur")
        let duplicate = try cli.fails(["employee", "add", "noe JANSEN", "--team", "Verhuur"])
        #expect(duplicate.contains("already exists") && duplicate.contains("--allow-duplicate"))
        try cli.fails(["employee", "add", "  ", "--team", "Verhuur"])
        let control = try cli.fails(["employee", "add", "Evil\u{1B}[2J", "--team", "Verhuur"])
        #expect(control.contains("name contains a control character"))
        let bidi = try cli.fails(["employee", "add", "Anna", "--team", "Ver\u{202E}huur"])
        #expect(bidi.contains("team contains a bidi control character"))
        try cli.fails(["employee", "add", String(repeating: "x", count: 101), "--team", "Verhuur"])
        try cli.fails(["employee", "add", "Anna", "--team", "Verhuur", "--email", "anna"])
        try cli.fails(["employee", "add", "Anna", "--team", "Verhuur", "--start", "2026-02-30"])
        try cli.fails(["employee", "add", "Anna"], status: 64)
        try cli.fails(["employee", "add", "Anna", "--team", "Verhuur", "--bogus"], status: 64)
        let second = try cli.ok("employee", "add", "Noë Jansen", "--team", "Verhuur", "--allow-duplicate")
        #expect(second.hasPrefix("e-"))
        let ambiguous = try cli.fails(["employee", "show", "noe"])
        #expect(ambiguous.contains("matches 2 employees"))
        #expect(ambiguous.components(separatedBy: "\n").filter { $0.contains("Noë Jansen") }.count == 2)
        let unknown = try cli.fails(["employee", "show", "Piet"])
        #expect(unknown.contains("no employee matches \"Piet\""))
        try cli.fails(["employee", "list", "--team", "Onderhoud"])
        try cli.fails(["employee", "list", "--format", "xml"], status: 64)
    }

    @Test func aPersonsWishesLeaveThemOffTheBoardAndMakeTheirPraisePrivate() throws {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer")
        let bram = try cli.ok("employee", "add", "Bram Yılmaz", "--team", "Wijkbeheer")
        for id in [anna, bram] { _ = try cli.ok("log", id, "--category", "smile", "--note", "Glimlach") }
        let file = cli.directory.appendingPathComponent("employees.json")
        let before = try Data(contentsOf: file)
        #expect(!String(decoding: before, as: UTF8.self).contains("onBoard"))
        #expect(try cli.ok("employee", "edit", bram, "--board", "off", "--praise", "private").hasPrefix("Updated"))
        // Kept only for the person who chose.
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let people = try #require(stored["employees"] as? [[String: Any]])
        #expect(people.first { $0["id"] as? String == bram }?["onBoard"] as? Bool == false)
        #expect(people.first { $0["id"] as? String == bram }?["praise"] as? String == "private")
        #expect(people.first { $0["id"] as? String == anna }?.keys.contains("onBoard") == false)
        // The board ranks Anna alone and says one person is not shown, never who.
        let table = try cli.ok("leaderboard")
        #expect(table.contains("Anna de Vries") && !table.contains("Bram") && table.contains("1 person is not shown"), "\(table)")
        let json = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        #expect(json["notShown"] as? Int == 1 && (json["rows"] as? [Any])?.count == 1)
        // The contract's employee shape stays as it is; the wishes are in the person's own export.
        #expect(Set(try #require(try cli.run("employee", "show", bram, "--format", "json").json as? [String: Any]).keys)
                == ["id", "name", "team", "role", "email", "startDate", "archived"])
        #expect(try cli.ok("employee", "show", bram).contains("not shown, at their wish"))
        let own = try #require(try cli.run("employee", "export", bram).json as? [String: Any])
        #expect((own["wishes"] as? [String: Any])?["praise"] as? String == "private")
        // Recognitions follow the wish, unless given otherwise.
        let quiet = try cli.ok("recognize", bram, "--kind", "thanks", "--message", "Dank je")
        let loud = try cli.ok("recognize", bram, "--kind", "thanks", "--message", "Dank je", "--public")
        let annas = try cli.ok("recognize", anna, "--kind", "thanks", "--message", "Dank je")
        let shown = try #require(try cli.run("recognition", "list", "--format", "json").json as? [[String: Any]])
        let visibility = Dictionary(uniqueKeysWithValues: shown.map { ($0["id"] as! String, $0["visibility"] as! String) })
        #expect(visibility[quiet] == "private" && visibility[loud] == "public" && visibility[annas] == "public")
        try cli.fails(["recognize", anna, "--kind", "thanks", "--message", "m", "--public", "--private"], status: 64)
        try cli.fails(["employee", "edit", bram, "--board", "maybe"], status: 64)
        // The whole export carries everyone's wishes beside the contract's files.
        let out = cli.directory.deletingLastPathComponent().appendingPathComponent("export-\(UUID().uuidString)")
        _ = try cli.ok("export", "--output", out.path)
        let wishes = try String(contentsOf: out.appendingPathComponent("wishes.csv"), encoding: .utf8)
        #expect(wishes.hasPrefix("id,onBoard,praise") && wishes.contains("\(bram),false,private") && wishes.contains("\(anna),true,public"))
    }

    @Test func editArchiveAndRestore() throws {
        let cli = CLI()
        let id = try cli.ok("employee", "add", "Anna de Vries", "--team", "Wijkbeheer", "--role", "Opzichter")
        _ = try cli.ok("employee", "add", "Bert Bakker", "--team", "Wijkbeheer")
        _ = try cli.ok("employee", "edit", "anna", "--team", "Verhuur", "--role", "", "--email", "anna@woonstad.nl")
        var shown = try #require(try cli.run("employee", "show", id, "--format", "json").json as? [String: Any])
        #expect(shown["team"] as? String == "Verhuur" && shown["role"] is NSNull)
        #expect(shown["email"] as? String == "anna@woonstad.nl")
        try cli.fails(["employee", "edit", "anna", "--name", "bert bakker"])
        try cli.fails(["employee", "edit", "anna", "--name", ""])
        try cli.fails(["employee", "edit", "anna"], status: 64)

        _ = try cli.ok("employee", "archive", "anna")
        let active = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        #expect(active.map { $0["name"] as? String } == ["Bert Bakker"])
        let all = try #require(try cli.run("employee", "list", "--archived", "--format", "json").json as? [[String: Any]])
        #expect(all.count == 2 && all.contains { $0["id"] as? String == id && $0["archived"] as? Bool == true })
        let refused = try cli.fails(["log", id, "--category", "smile", "--note", "x"])
        #expect(refused.contains("archived"))
        try cli.fails(["recognize", id, "--kind", "thanks", "--message", "x"])
        _ = try cli.ok("employee", "restore", id)
        shown = try #require(try cli.run("employee", "show", id, "--format", "json").json as? [String: Any])
        #expect(shown["archived"] as? Bool == false)
        #expect(try cli.ok("log", id, "--category", "smile", "--note", "x").hasPrefix("c-"))
    }

    @Test func filesAre0600InA0700DirectoryWhateverTheUmask() throws {
        let cli = CLI()
        for mask in ["000", "022", "077"] {
            let result = try cli.run(["employee", "add", "Anna \(mask)", "--team", "A"], shell: "umask \(mask); exec")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let id = try cli.ok("employee", "list", "--format", "csv").components(separatedBy: "\r\n")[1].prefix { $0 != "," }
        let logged = try cli.run(["log", String(id), "--category", "goal", "--note", "x", "--date", "2026-10-01"], shell: "umask 000; exec")
        #expect(logged.status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.file("employees.json").path)
        _ = try cli.run(["employee", "add", "Bert", "--team", "A"], shell: "umask 000; exec")
        #expect(cli.mode("employees.json") == 0o600)
        #expect(cli.mode("contributions/2026-10.json") == 0o600)
        #expect(cli.mode("contributions") == 0o700)
        let root = try FileManager.default.attributesOfItem(atPath: cli.directory.path)[.posixPermissions] as? Int
        #expect(root == 0o700)
    }
}
