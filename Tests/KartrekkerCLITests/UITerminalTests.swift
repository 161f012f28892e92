import Foundation
import Testing
import KartrekkerCore

/// The terminal UI (`kartrekker` alone) on a real terminal, driven through tmux over the demo
/// organisation: the paths a team lead takes, another process writing meanwhile, a damaged
/// file, and every way out leaving the terminal as it was.
// One at a time: the organisation-sized test keeps both cores busy for a while.
@Suite(.serialized, .enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
struct UITerminalTests {
    /// Loads the demo into a fresh data directory with today fixed.
    func demo() throws -> CLI {
        var cli = CLI()
        cli.today = "2026-11-30"
        _ = try cli.ok("demo")
        return cli
    }

    /// Starts the UI on the demo and waits for its dashboard: keys typed before the UI has the
    /// terminal may be lost.
    func startOnDashboard(_ tmux: Tmux, _ cli: CLI, width: Int = 80, height: Int = 24) {
        start(tmux, cli, width: width, height: height)
        #expect(tmux.waitFor(20) { $0.contains("Kartrekkers ·") && $0.contains("Deserve recognition") }, "\(tmux.capture())")
    }

    /// Starts the UI on the CLI's data directory in a pane of `width`×`height`.
    func start(_ tmux: Tmux, _ cli: CLI, width: Int = 80, height: Int = 24, environment: String = "LANG=C.UTF-8") {
        let binary = CLI.binary.path
        tmux.start(Tmux.reporting("env -u NO_COLOR \(environment) KARTREKKER_TODAY=\(cli.today) KARTREKKER_USER=teamlead "
                                  + "SWIFT_BACKTRACE=interactive=no '\(binary)' --data-dir '\(cli.directory.path)'"),
                   width: width, height: height)
    }

    @Test func aTeamLeadsMondayMorning() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli)
        #expect(tmux.waitFor(20) { $0.contains("Kartrekkers · November 2026") && $0.contains("Deserve recognition") },
                "\(tmux.capture())")
        #expect(tmux.alternateScreen)
        tmux.send("3")
        #expect(tmux.waitFor { $0.contains("[Month]") && $0.contains("RANK") })
        tmux.send("[")
        #expect(tmux.waitFor { $0.contains("October 2026 · all teams") && $0.contains("   1 ") })
        tmux.send("t")
        #expect(tmux.waitFor { !$0.contains("all teams") })
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("12 weeks") && $0.contains("All time") }, "\(tmux.capture())")
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains("[Month]") })
        tmux.send("2")
        #expect(tmux.waitFor { $0.contains("LAST RECOG.") })
        tmux.send("/")
        tmux.send("-l", "yilm")
        #expect(tmux.waitFor { $0.contains("(1 match)") && $0.contains("Rianne Yılmaz") })
        tmux.send("Escape")
        tmux.send("q")
        tmux.expectRestored(exit: "0")
    }

    @Test func anotherTeamLeadsWriteAppearsWithTheSelectionKept() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        startOnDashboard(tmux, cli, width: 100, height: 30)
        tmux.send("3")
        #expect(tmux.waitFor(20) { $0.contains("RANK") && $0.contains("Hamza Prins") })
        // Select the third row: Xander Bouzid.
        tmux.send("j")
        tmux.send("j")
        let board = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        let rows = try #require(board["rows"] as? [[String: Any]])
        let last = try #require(rows.last?["id"] as? String)
        let lastName = try #require(rows.last?["name"] as? String)
        for _ in 0..<12 { _ = try cli.ok("log", last, "--category", "smile", "--note", "Samen met de buren opgelost") }
        // Within two seconds or so, the last person leads the board.
        #expect(tmux.waitFor(10) { $0.split(separator: "\n").first { $0.hasPrefix("   1 ") }?.contains(lastName) == true },
                "\(tmux.capture())")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("Xander Bouzid ·") }, "the selection moved: \(tmux.capture())")
        tmux.send("C-c")
        tmux.expectRestored(exit: "0")
    }

    @Test func aDamagedFileIsNamedAndTheTerminalSurvives() throws {
        let cli = try demo()
        try cli.edit("contributions/2026-11.json", replacing: "\"category\": \"smile\"", with: "\"category\": smile")
        let before = cli.snapshot()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli)
        #expect(tmux.waitFor { $0.contains("The data cannot be read") && $0.contains("contributions/2026-11.json:") },
                "\(tmux.capture())")
        #expect(tmux.capture().contains("Nothing will be written"))
        tmux.send("3")
        tmux.send("q")
        tmux.expectRestored(exit: "0")
        #expect(cli.snapshot() == before)
    }

    @Test func anEmptyDirectoryWelcomesAndLoadsTheDemo() throws {
        let cli = CLI()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli)
        #expect(tmux.waitFor { $0.contains("load a demo organisation") })
        tmux.send("d")
        #expect(tmux.waitFor(20) { $0.contains("Kartrekkers ·") }, "\(tmux.capture())")
        tmux.send("q")
        tmux.expectRestored(exit: "0")
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func resizesSuspendAndSignalsLeaveTheTerminalAsItWas() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli, width: 100, height: 30)
        #expect(tmux.waitFor { $0.contains("Kartrekkers ·") })
        tmux.resize(width: 70, height: 20)
        #expect(tmux.waitFor { $0.contains("Terminal too small") && $0.contains("needs 80×24") })
        tmux.resize(width: 120, height: 40)
        #expect(tmux.waitFor { $0.contains("Kartrekkers ·") && $0.contains("Recent") })
        // The UI is the pane shell's child.
        tmux.run(["run-shell", "pkill -TERM -P \(tmux.panePID)"])
        tmux.expectRestored(exit: "143")
    }

    @Test func suspendsWithCtrlZAndComesBackOnFg() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash --norc --noprofile -i" : "/bin/sh -i"
        tmux.start("env PS1='$ ' LANG=C.UTF-8 KARTREKKER_TODAY=2026-11-30 \(shell)")
        #expect(tmux.waitFor { $0.contains("$") })
        tmux.send("'\(CLI.binary.path)' --data-dir '\(cli.directory.path)'", "Enter")
        #expect(tmux.waitFor { $0.contains("Kartrekkers ·") })
        tmux.send("3")
        #expect(tmux.waitFor { $0.contains("[Month]") })
        tmux.send("C-z")
        #expect(tmux.waitForAlternateScreen(false))
        #expect(tmux.waitFor { $0.contains("Stopped") })
        tmux.send("fg", "Enter")
        #expect(tmux.waitForAlternateScreen(true))
        #expect(tmux.waitFor { $0.contains("[Month]") && $0.contains("RANK") })
        tmux.send("q")
        #expect(tmux.waitForAlternateScreen(false))
        tmux.send("stty -a | tr ' ;' '\\n\\n' | grep -x -e '-*icanon' -e '-*echo' | tr '\\n' ' '; echo", "Enter")
        #expect(tmux.waitFor { $0.contains("icanon echo") })
    }

    @Test func inASCIIAndWithoutColour() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli, environment: "LANG=C NO_COLOR=1 TERM=xterm-256color")
        #expect(tmux.waitFor { $0.contains("Kartrekkers") && $0.contains("----") }, "\(tmux.capture())")
        let screen = tmux.capture(escapes: true)
        #expect(!screen.contains("\u{1B}[38;5;") && !screen.contains("█"))
        tmux.send("q")
        tmux.expectRestored(exit: "0")
    }

    @Test func inDutchWhereTheDutchLocaleIsNamedButNotInstalled() throws {
        // This machine has only C.UTF-8: the language follows the variable's text, and the
        // screen is still drawn in UTF-8 (box lines, bars), not in ASCII.
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        start(tmux, cli, environment: "-u LC_ALL -u LC_MESSAGES -u KARTREKKER_LANG LANG=nl_NL.UTF-8")
        #expect(tmux.waitFor(20) { $0.contains("Kartrekkers · november 2026") && $0.contains("Verdienen waardering") },
                "\(tmux.capture())")
        let screen = tmux.capture()
        #expect(screen.contains("─") && screen.contains("█") && screen.contains("ma 30 nov 2026"), "\(screen)")
        tmux.send("c")
        #expect(tmux.waitFor { $0.contains("Bijdrage vastleggen") && $0.contains("Ctrl-S bewaren") }, "\(tmux.capture())")
        tmux.send("Escape")
        tmux.send("q")
        tmux.expectRestored(exit: "0")
    }

    @Test func theOrganisationOpensQuicklyAndKeysNeverWaitForHistory() throws {
        var cli = CLI()
        cli.today = "2026-11-30"
        _ = try cli.ok("demo", "--employees", "1000", "--years", "5")
        let tmux = Tmux()
        defer { tmux.kill() }
        let started = Date()
        start(tmux, cli, width: 120, height: 40)
        // The dashboard reads this month, last month and the nudges, not five years (a debug
        // build here; the release build shows it in well under a second).
        #expect(tmux.waitFor(15) { $0.contains("Kartrekkers · November 2026") && $0.contains("   1 ") }, "\(tmux.capture())")
        #expect(Date().timeIntervalSince(started) < 15)
        // The all-time board reads every file: the screen answers keys meanwhile.
        tmux.send("3")
        tmux.send("l", "l", "l")
        #expect(tmux.waitFor(4) { $0.contains("[All time]") }, "\(tmux.capture())")
        tmux.send("1")
        #expect(tmux.waitFor(4) { $0.contains("Deserve recognition") })
        tmux.send("3")
        #expect(tmux.waitFor(60) { $0.contains("[All time]") && $0.contains("   1 ") }, "\(tmux.capture())")
        tmux.send("q")
        tmux.expectRestored(exit: "0")
    }

    @Test func logAndRecognizeEndToEndThenSeeThemOnTheCommandLine() throws {
        let cli = try demo()
        let tmux = Tmux()
        defer { tmux.kill() }
        startOnDashboard(tmux, cli)
        tmux.send("3")
        #expect(tmux.waitFor(20) { $0.contains("RANK") && $0.contains("Hamza Prins") })
        // Log a smile for the selected person (the top of the board).
        tmux.send("c")
        #expect(tmux.waitFor { $0.contains("Log a contribution") && $0.contains("Hamza Prins (Verhuur)") })
        // The form opens on the category, the first field still to answer.
        tmux.send("-l", "s")
        tmux.send("Tab", "Tab")
        tmux.send("-l", "Lekkage bij mevrouw Jansen dezelfde middag verholpen")
        tmux.send("C-s")
        #expect(tmux.waitFor { $0.contains("Saved") && !$0.contains("Log a contribution") }, "\(tmux.capture())")
        // Recognize them for it: the form offers their recent contributions, newest first.
        tmux.send("r")
        #expect(tmux.waitFor { $0.contains("Recognize") && $0.contains("Hamza Prins (Verhuur)") })
        // On the message: kind and date have their defaults.
        tmux.send("-l", "Dank je, top opgelost")
        tmux.send("Tab")
        #expect(tmux.waitFor { $0.contains("[ ]") && $0.contains("Lekkage bij mevrouw Jansen") }, "\(tmux.capture())")
        tmux.send("Space")
        #expect(tmux.waitFor { $0.contains("[x]") })
        tmux.send("C-s")
        #expect(tmux.waitFor { $0.contains("Saved") && !$0.contains("Dank je, top") }, "\(tmux.capture())")
        tmux.send("q")
        tmux.expectRestored(exit: "0")

        let contributions = try #require(try cli.run("contribution", "list", "--employee", "Hamza Prins", "--format", "json").json
                                         as? [[String: Any]])
        let logged = try #require(contributions.first { $0["note"] as? String == "Lekkage bij mevrouw Jansen dezelfde middag verholpen" })
        #expect(logged["category"] as? String == "smile" && logged["date"] as? String == "2026-11-30")
        #expect(logged["recordedBy"] as? String == "teamlead")
        let recognitions = try #require(try cli.run("recognition", "list", "--employee", "Hamza Prins", "--format", "json").json
                                        as? [[String: Any]])
        let thanks = try #require(recognitions.first { $0["message"] as? String == "Dank je, top opgelost" })
        #expect(thanks["kind"] as? String == "thanks" && thanks["contributionIds"] as? [String] == [logged["id"] as? String ?? "-"])
        #expect(try cli.ok("check").hasPrefix("ok:"))
    }

    @Test func tablesFitANarrowTerminal() throws {
        let cli = try demo()
        _ = try cli.ok("log", "Hamza", "--category", "goal", "--note", String(repeating: "een hele lange notitie ", count: 10) + "EINDE")
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(Tmux.reporting("env KARTREKKER_TODAY=2026-11-30 LANG=C.UTF-8 '\(CLI.binary.path)' contribution list --employee Hamza "
                                  + "--data-dir '\(cli.directory.path)'"),
                   width: 70, height: 30)
        #expect(tmux.waitFor { $0.contains("EXIT=") })
        let lines = tmux.capture().split(separator: "\n").map(String.init)
        let table = lines.filter { $0.hasPrefix("c-") }
        #expect(!table.isEmpty)
        // On the terminal: cut to fit, with an ellipsis; no line wraps.
        #expect(table.allSatisfy { DisplayWidth.of($0) <= 70 }, "\(lines)")
        #expect(table.contains { $0.contains("…") } && !tmux.capture().contains("EINDE"))
    }

    @Test func longWorkShowsProgressOnATerminalAndNothingWhenPiped() throws {
        let cli = CLI()
        let piped = try cli.run(["demo", "--employees", "200", "--years", "2"])
        #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped.stderr)")
        let tmux = Tmux()
        defer { tmux.kill() }
        let other = cli.directory.deletingLastPathComponent().appendingPathComponent("other").path
        // Standard output piped away: what shows is standard error, the progress.
        tmux.start(Tmux.reporting("'\(CLI.binary.path)' demo --employees 300 --years 3 --data-dir '\(other)' > /dev/null"),
                   width: 100, height: 10)
        // The generating takes the first seconds: its line is there meanwhile.
        #expect(tmux.waitFor(20) { $0.contains("Making 300 employees and 3 years of history…") }, "\(tmux.capture())")
        #expect(tmux.waitFor(60) { $0.contains("EXIT=0") })
        // And gone once done.
        #expect(!tmux.capture().contains("Making 300") && !tmux.capture().contains("files"), "\(tmux.capture())")
    }
}
