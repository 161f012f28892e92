import Foundation
import Testing

/// Without an interactive terminal the screen programs refuse with a clear error (no tmux
/// needed for that).
@Suite struct NoTerminalTests {
    @Test func withoutATerminalItSaysSoInsteadOfDrawing() throws {
        let cli = CLI()
        let piped = try cli.run(["kit-demo"])
        #expect(piped.status == 1 && piped.stderr.hasPrefix("error: ") && piped.stderr.contains("terminal"))
        #expect(piped.stdout.isEmpty)
    }
}
