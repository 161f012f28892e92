import Foundation
import Testing

/// A tmux server of its own (its own socket, no user config) running one pane: a real
/// terminal to drive the built binary with keys and read its screen.
struct Tmux {
    let socket = "kartrekker-test-\(UUID().uuidString.prefix(8))"

    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs a tmux command. `capture` reads its output; commands that may start the server
    /// must not, because the server would inherit the pipe and keep it open.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process: the child gets an empty signal
    /// mask and default handlers (a test thread's blocked signals must not reach the server and
    /// the programs it runs), and reaping does not depend on SIGCHLD reaching a run loop.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) -> (status: Int32, output: String) {
        guard let path = Tmux.path else { return (127, "") }
        let argv = [path, "-L", socket, "-f", "/dev/null"] + arguments
        var pipeEnds: [Int32] = [-1, -1]
        if capture { guard pipe(&pipeEnds) == 0 else { return (127, "pipe failed") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, path, &actions, &attributes, cArguments, environ)
        var output = Data()
        if capture {
            close(pipeEnds[1])
            if spawned == 0 {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(pipeEnds[0], &chunk, chunk.count)
                    if count > 0 { output.append(contentsOf: chunk[0..<count]) } else if count == 0 || errno != EINTR { break }
                }
            }
            close(pipeEnds[0])
        }
        guard spawned == 0 else { return (127, "spawn failed") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
    }

    /// Starts `command` (run by /bin/sh) in a detached session of `width`×`height`.
    func start(_ command: String, width: Int = 100, height: Int = 30) {
        run(["new-session", "-d", "-x", String(width), "-y", String(height), command], capture: false)
    }

    func send(_ keys: String...) {
        run(["send-keys", "-t", socketTarget] + keys)
    }

    /// Pastes `text` as a terminal does: bracketed, when the program asked for that.
    func paste(_ text: String) {
        run(["set-buffer", "-b", "kt", text])
        run(["paste-buffer", "-p", "-d", "-b", "kt", "-t", socketTarget])
    }

    /// The pane's text (with colour escapes when `escapes`), scrollback included.
    func capture(escapes: Bool = false) -> String {
        run(["capture-pane", "-p", "-t", socketTarget, "-S", "-200"] + (escapes ? ["-e"] : [])).output
    }

    var alternateScreen: Bool {
        run(["display", "-p", "-t", socketTarget, "#{alternate_on}"]).output.hasPrefix("1")
    }

    var panePID: Int32 {
        Int32(run(["display", "-p", "-t", socketTarget, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", socketTarget, "-x", String(width), "-y", String(height)])
    }

    func kill() {
        run(["kill-server"], capture: false)
    }

    private var socketTarget: String { "0" }

    /// Polls until `condition` holds for the screen or `seconds` pass; returns whether it held.
    func waitFor(_ seconds: Double = 10, escapes: Bool = false, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if condition(capture(escapes: escapes)) { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    /// Polls until the alternate screen is `on`.
    func waitForAlternateScreen(_ on: Bool, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if alternateScreen == on { return true }
            usleep(50_000)
        } while Date() < deadline
        return false
    }

    /// After the program ended: the normal screen is back with echo and line mode on (the
    /// command run in the pane prints `EXIT=` and the `stty` modes afterwards).
    func expectRestored(exit code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(waitFor { $0.contains("EXIT=") }, "the program did not end", sourceLocation: sourceLocation)
        #expect(waitForAlternateScreen(false), "still on the alternate screen", sourceLocation: sourceLocation)
        let screen = capture()
        #expect(screen.contains("EXIT=\(code)"), "\(screen)", sourceLocation: sourceLocation)
        #expect(waitFor { $0.contains("icanon echo") }, "terminal modes not restored: \(capture())",
                sourceLocation: sourceLocation)
    }

    /// The shell line that runs `command` and then shows how it ended and the terminal's modes.
    static func reporting(_ command: String) -> String {
        command + "; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e '-*icanon' -e '-*echo' | tr '\\n' ' '; echo; sleep 600"
    }
}
