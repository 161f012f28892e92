import Foundation
import Testing

/// The kit's gallery (`kartrekker kit-demo`) on a real terminal, driven through tmux.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed (.ci/run installs it)"))
struct TerminalTests {
    /// Runs the gallery, then reports how it ended and the terminal's modes afterwards.
    func gallery(_ tmux: Tmux, environment: String = "LANG=C.UTF-8", arguments: String = "") {
        let binary = CLI.binary.path
        // `swift test` may set NO_COLOR for its own output: start from none.
        tmux.start("env -u NO_COLOR \(environment) SWIFT_BACKTRACE=interactive=no '\(binary)' kit-demo \(arguments); "
                   + "echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e '-*icanon' -e '-*echo' | tr '\\n' ' '; echo; sleep 600")
    }

    func expectRestored(_ tmux: Tmux, exit code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        tmux.expectRestored(exit: code, sourceLocation: sourceLocation)
    }

    @Test func quitsWithQAndLeavesTheTerminalAsItWas() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux)
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") && $0.contains("Çelik Yılmaz") })
        #expect(tmux.alternateScreen)
        let screen = tmux.capture()
        #expect(screen.contains("Evil\\u{1B}[2J\\u{202E}eman"), "control characters must be shown escaped")
        #expect(screen.contains("████") && screen.contains("q quit"))
        tmux.send("?")
        #expect(tmux.waitFor { $0.contains("Help: Kit gallery") })
        tmux.send("Escape")
        #expect(tmux.waitFor { !$0.contains("Help: Kit gallery") })
        tmux.send("q")
        expectRestored(tmux, exit: "0")
    }

    @Test func pastedTextArrivesAsOnePasteWithItsLineBreaksAsSpaces() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux)
        #expect(tmux.waitFor { $0.contains("Lekkage opgelost") })
        tmux.send("Tab")
        tmux.send("C-u")
        #expect(tmux.waitFor { !$0.contains("Lekkage opgelost") })
        // Typed, the line break would be Enter (which the field ignores) and the q would quit.
        tmux.paste("Bewoner blij\nq daarna")
        #expect(tmux.waitFor { $0.contains("Bewoner blij q daarna") }, "\(tmux.capture())")
        tmux.send("C-c")
        expectRestored(tmux, exit: "0")
        // Bracketed paste is off again: a paste now reaches the terminal without its markers.
        tmux.paste("after-exit")
        #expect(tmux.waitFor { $0.contains("after-exit") })
        #expect(!tmux.capture().contains("200~"), "\(tmux.capture())")
    }

    @Test func followsResizesAndSaysWhenTooSmall() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux)
        #expect(tmux.waitFor { $0.contains("100×30") })
        tmux.resize(width: 50, height: 12)
        #expect(tmux.waitFor { $0.contains("Terminal too small") && $0.contains("50×12, needs 60×16") })
        tmux.resize(width: 120, height: 40)
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") && $0.contains("120×40") })
        tmux.send("C-c")
        expectRestored(tmux, exit: "0")
    }

    @Test func noColorMeansNoColourEscapes() {
        let colour = Tmux()
        defer { colour.kill() }
        gallery(colour, environment: "LANG=C.UTF-8 TERM=xterm-256color")
        #expect(colour.waitFor(escapes: true) { $0.contains("TerminalKit") && $0.contains("\u{1B}[38;5;") },
                "\(colour.capture(escapes: true).prefix(300).debugDescription)")
        let plain = Tmux()
        defer { plain.kill() }
        gallery(plain, environment: "LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1")
        #expect(plain.waitFor { $0.contains("TerminalKit gallery") })
        let screen = plain.capture(escapes: true)
        #expect(!screen.contains("[38;5;") && !screen.contains("[48;5;"))
        #expect(screen.range(of: #"\x1b\[(3|4)[0-7]m"#, options: .regularExpression) == nil)
        #expect(screen.contains("\u{1B}[7m"), "the selection is shown in reverse video")
    }

    @Test func drawsWithASCIIWhereTheLocaleIsNotUTF8() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux, environment: "LANG=C LC_ALL=C")
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") })
        let screen = tmux.capture()
        #expect(screen.contains("Celik Yilmaz") && screen.contains("####"))
        #expect(!screen.contains("█") && !screen.contains("Ç"))
        tmux.send("q")
        expectRestored(tmux, exit: "0")
    }

    @Test func suspendsWithCtrlZAndRedrawsOnFg() {
        let tmux = Tmux()
        defer { tmux.kill() }
        let shell = FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash --norc --noprofile -i" : "/bin/sh -i"
        tmux.start("env PS1='$ ' LANG=C.UTF-8 \(shell)")
        #expect(tmux.waitFor { $0.contains("$") })
        tmux.send("'\(CLI.binary.path)' kit-demo", "Enter")
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") })
        tmux.send("C-z")
        #expect(tmux.waitForAlternateScreen(false))
        #expect(tmux.waitFor { $0.contains("Stopped") })
        tmux.send("fg", "Enter")
        #expect(tmux.waitForAlternateScreen(true))
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") && $0.contains("Çelik Yılmaz") })
        tmux.send("q")
        #expect(tmux.waitForAlternateScreen(false))
        tmux.send("stty -a | tr ' ;' '\\n\\n' | grep -x -e '-*icanon' -e '-*echo' | tr '\\n' ' '; echo", "Enter")
        #expect(tmux.waitFor { $0.contains("icanon echo") })
    }

    @Test(arguments: [("TERM", "143"), ("HUP", "129"), ("INT", "130")])
    func terminatingSignalsRestoreTheTerminal(signal: String, exit: String) {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux)
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") })
        #expect(tmux.alternateScreen)
        // The gallery is the pane shell's child.
        tmux.run(["run-shell", "pkill -\(signal) -P \(tmux.panePID)"])
        expectRestored(tmux, exit: exit)
    }

    @Test func aDumbTerminalIsRefusedWithAClearError() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux, environment: "LANG=C.UTF-8 TERM=dumb")
        #expect(tmux.waitFor { $0.contains("EXIT=1") })
        #expect(tmux.capture().contains("error: TERM is dumb"))
        #expect(!tmux.alternateScreen)
    }

    @Test func aCrashRestoresTheTerminalAndIsStillReported() {
        let tmux = Tmux()
        defer { tmux.kill() }
        gallery(tmux, arguments: "--allow-crash")
        #expect(tmux.waitFor { $0.contains("TerminalKit gallery") })
        tmux.send("!")
        expectRestored(tmux, exit: "132")
        #expect(tmux.capture().contains("crash"), "the crash report is on the normal screen")
    }
}
