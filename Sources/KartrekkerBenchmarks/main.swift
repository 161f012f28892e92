import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerStore
import KartrekkerApp
import KartrekkerTUI
import TerminalKit

// Benchmarks on the organisation-sized data set (contract §4: `demo --employees 1000
// --years 5`). Not tests: run in a release build and read the medians.
//
//   swift run -c release kartrekker-benchmarks [--employees N] [--years Y] [--runs R]
//   swift run -c release --traits PostgreSQL kartrekker-benchmarks --store postgres://USER@/postgres?host=DIR [--only-postgres]
// (`--store`: the PostgreSQL store too, on a server where the benchmark may create and drop a
// database and roles; `.ci/postgres start` makes a throw-away one.)

// `--peak-memory COMMAND ARGS…`: runs one command and prints its wall time (ms) and peak
// resident memory (KiB). The benchmark starts itself this way for every memory figure: a child
// spawned straight from the benchmark would count the benchmark's own memory (the whole data
// set) as its peak, whereas this small process has none of it to pass on.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--peak-memory" {
    let command = Array(CommandLine.arguments.dropFirst(2))
    let argv = command.map { strdup($0) } + [nil]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawnp(&pid, command[0], &actions, nil, argv, environ) == 0 else { exit(70) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    print(String(format: "%.3f %d", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, usage.ru_maxrss))
    exit(status == 0 ? 0 : 1)
}

var employees = 1000
var years = 5
var runs = 7
/// A PostgreSQL server to measure the database store on (a build with the trait).
var postgresServer: String?
var onlyPostgres = false
/// Only the terminal UI's timings (in process), for profiling them.
var onlyUI = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--employees": employees = Int(arguments.next() ?? "") ?? employees
    case "--years": years = Int(arguments.next() ?? "") ?? years
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--store": postgresServer = arguments.next()
    case "--only-postgres": onlyPostgres = true
    case "--only-ui": onlyUI = true
    default:
        FileHandle.standardError.write(Data("usage: kartrekker-benchmarks [--employees N] [--years Y] [--runs R] [--only-ui] [--store postgres://USER@HOST/DB [--only-postgres]]\n".utf8))
        exit(64)
    }
}

let today = CalendarDate("2026-11-29")!
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: directory) }
defer { try? FileManager.default.removeItem(atPath: directory.path + ".cache") }

@MainActor func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

@MainActor func report(_ name: String, _ body: () throws -> Void) rethrows {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body)) }
    times.sort()
    let median = times[times.count / 2]
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms   max %8.1f ms", median * 1000, times[0] * 1000, times[times.count - 1] * 1000))
}

var organisation: DemoOrganisation!
let generated = seconds { organisation = DemoOrganisation(employees: employees, years: years, today: today) }
if onlyPostgres, let postgresServer {
    #if PostgreSQL
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("kartrekker")
    try benchmarkPostgres(server: postgresServer, organisation: organisation, today: today,
                          binary: FileManager.default.isExecutableFile(atPath: beside.path) ? beside : nil)
    #endif
    exit(0)
}
let store = DataStore(directory: directory)
let written = try seconds {
    try store.replaceAllData(employees: organisation.employees, contributions: organisation.contributions,
                             recognitions: organisation.recognitions)
}
print("data set: \(employees) employees, \(years) years, \(organisation.contributions.count) contributions, "
      + "\(organisation.recognitions.count) recognitions; \(runs) runs each, a fresh store per run (nothing cached)")
print(String(format: "generate the demo organisation: %.2f s; write it: %.2f s", generated, written))

let month = Period(.month, containing: today)
let someone = organisation.employees.first { !$0.archived }!
if !onlyUI {
    try report("load employees") { _ = try DataStore(directory: directory).employees() }
    try report("leaderboard, this month") { _ = try DataStore(directory: directory).leaderboard(month) }
    try report("leaderboard, this quarter") { _ = try DataStore(directory: directory).leaderboard(Period(.quarter, containing: today)) }
    try report("leaderboard, all time") { _ = try DataStore(directory: directory).leaderboard(Period(.all, containing: today)) }
    try report("nudges") { _ = try DataStore(directory: directory).nudges(at: today) }
    var generator = SystemRandomNumberGenerator()
    try report("record one contribution") {
        let fresh = DataStore(directory: directory)
        let contribution = try Records.contribution(
            id: RecordID.contribution(date: today, using: &generator), employee: someone, date: today, category: .smile,
            note: "benchmark", today: today, recordedBy: "bench", recordedAt: Date())
        try fresh.add(contribution)
    }
    let session = { Session(SessionConfiguration(dataDirectory: directory, user: "bench", clock: Clock(fixedToday: today))) }
    try report("one employee's page") { _ = try session().storySummary(of: someone.id, recent: 10) }
    try report("the dashboard") { _ = try session().dashboard() }
    try report("the employees screen (every person's latest dates)") { _ = try session().employeeOverview() }
    try report("activity, newest 200") { _ = try session().activity(limit: 200) }
}

// The terminal UI, driven as a script (no terminal), in this process: the first frame with the
// dashboard's data, and key presses to their next frame, the loads they start included (the
// script runs background work at once) and without them (what the key path itself costs).
let configuration = SessionConfiguration(dataDirectory: directory, user: "bench", clock: Clock(fixedToday: today))
print("\nterminal UI (in process, 120×40):")
let screenSize = Size(width: 120, height: 40)
report("UI: first frame, dashboard loaded") {
    // As the runner draws it: the dashboard's own data, not what loads after it.
    var ui = ScriptedSession(KartrekkerUI(configuration: configuration), size: screenSize, holdingBackground: true)
    ui.finishBackground { $0.frame(size: screenSize, glyphs: .unicodeSet).text.contains(Strings.english.sparkTitle) }
    _ = ui.screen
}
report("UI: the dashboard with its fairness block") {
    let ui = ScriptedSession(KartrekkerUI(configuration: configuration), size: screenSize)
    _ = ui.screen
}
@MainActor func keyReport(_ name: String, prepare: [Key], press: Key, holding: Bool) {
    var times: [Double] = []
    for _ in 0..<runs {
        var ui = ScriptedSession(KartrekkerUI(configuration: configuration), size: screenSize)
        ui.press(prepare)
        ui.holdingBackground = holding
        var text = ""
        times.append(seconds {
            ui.press(press)
            text = ui.screen.text
        })
        if text.contains(Strings.english.loading) && !name.contains("key path") { print("\(name): the frame was still loading") }
    }
    times.sort()
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms   max %8.1f ms", times[times.count / 2] * 1000, times[0] * 1000,
                   times[times.count - 1] * 1000))
}
let toYear: [Key] = [.character("3"), .right, .right]
// The boards the next period key shows are loaded ahead while a board is looked at (here at
// once, the script running background work inline), so a period switch is a cached frame.
// Timed with the work the key starts held back (loading the boards after it ahead), so the
// time is the key's own: the frame it draws holds the board.
keyReport("UI: key to frame, Year → All time", prepare: toYear, press: .right, holding: true)
keyReport("UI: key to frame, Month → Quarter", prepare: [.character("3")], press: .right, holding: true)
// A board nothing loaded ahead (a team filter on All time): the frame at once, the board after.
keyReport("UI: team filter on All time, key path", prepare: toYear + [.right], press: .character("t"), holding: true)
keyReport("UI: team filter on All time, board loaded", prepare: toYear + [.right], press: .character("t"), holding: false)
keyReport("UI: key to frame, down the 1000 employees", prepare: [.character("2")], press: .down, holding: false)
keyReport("UI: key to frame, Leaderboard → Activity", prepare: [.character("3")], press: .character("4"), holding: false)

// A record saved: from Ctrl-S in "Log a contribution" (opened on the leaderboard for the
// selected person, the form filled in) to the frame with the new record's person selected on
// the board again and "Saved" shown: the write, the one reload, the frame. The background work
// runs in order until that frame; what the UI starts after it (the boards loaded ahead) is not
// counted, as a real runner draws the frame first.
do {
    var times: [Double] = []
    for run in 0..<runs {
        var ui = ScriptedSession(KartrekkerUI(configuration: configuration), size: screenSize)
        ui.press(.character("3"), .character("c"))
        ui.type("s")
        ui.press(.tab, .tab)
        ui.type("benchmark \(run)")
        ui.finishBackground()
        ui.holdingBackground = true
        var text = ""
        times.append(seconds {
            ui.press(.control("s"))
            ui.finishBackground { program in
                let shown = program.frame(size: screenSize, glyphs: .unicodeSet).text
                return shown.contains("Saved") && !shown.contains("Log a contribution") && !shown.contains(Strings.english.loading)
            }
            text = ui.screen.text
        })
        if !text.contains("Saved") || text.contains("Log a contribution") {
            print("UI: save to its row: the frame did not show the record saved")
        }
    }
    times.sort()
    print("UI: a record saved to its row selected".padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms   max %8.1f ms", times[times.count / 2] * 1000, times[0] * 1000,
                   times[times.count - 1] * 1000))
}

if onlyUI { exit(0) }

// Whole processes, as a team lead runs them: the `kartrekker` built beside this benchmark (build
// it with `swift build -c release` first), on the same data set; then the same all-time board
// in Python's standard `json`, and `cat` of the files as the floor.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("kartrekker")

/// Runs a command `runs` times (`before` first each time) and prints the median wall time, and
/// with `memory` the median peak memory (measured through `--peak-memory`, see the top).
@MainActor func process(_ name: String, _ executable: String, _ arguments: [String], environment: [String: String] = [:],
                        memory: Bool = false, times count: Int = runs, before: () -> Void = {}) -> Double {
    var times: [Double] = []
    var peaks: [Int] = []
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    func spawn(_ command: [String]) -> (seconds: Double, output: String)? {
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, command[0], &actions, nil, argv, envp) == 0 else { return nil }
        close(pipe[1])
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = read(pipe[0], &buffer, buffer.count)
            if got <= 0 { break }
            if output.count < 4096 { output.append(contentsOf: buffer[0..<got]) }
        }
        close(pipe[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else {
            print("\(name): \(command.joined(separator: " ")) failed")
            return nil
        }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, String(decoding: output, as: UTF8.self))
    }
    for _ in 0..<count {
        before()
        guard let run = spawn([executable] + arguments) else { return .nan }
        times.append(run.seconds)
    }
    if memory {
        for _ in 0..<3 {
            before()
            guard let run = spawn([CommandLine.arguments[0], "--peak-memory", executable] + arguments),
                  let kib = Int(run.output.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
            else { break }
            peaks.append(kib)
        }
    }
    times.sort()
    peaks.sort()
    let median = times[times.count / 2]
    print(name.padding(toLength: 48, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms", median * 1000, times[0] * 1000)
          + (peaks.isEmpty ? "" : String(format: "   peak %6.1f MB", Double(peaks[peaks.count / 2]) / 1024)))
    return median
}

if FileManager.default.isExecutableFile(atPath: binary.path) {
    print("\nwhole processes (\(binary.path)):")
    // The derived files of this run beside the data (the user's own cache folder otherwise).
    let cache = directory.path + ".cache"
    let env = ["KARTREKKER_TODAY": today.description, "KARTREKKER_DATA_DIR": directory.path, "KARTREKKER_CACHE_DIR": cache]
    let k = binary.path
    // The floor: the same binary doing nothing but start, parse and print.
    let version = process("kartrekker --version", k, ["--version"], environment: env)
    let allTime = process("kartrekker leaderboard --period all", k, ["leaderboard", "--period", "all"], environment: env, memory: true)
    let monthBoard = process("kartrekker leaderboard (month)", k, ["leaderboard"], environment: env)
    let weekBoard = process("kartrekker leaderboard --period week", k, ["leaderboard", "--period", "week"], environment: env)
    let quarterBoard = process("kartrekker leaderboard --period quarter", k, ["leaderboard", "--period", "quarter"], environment: env)
    let nudges = process("kartrekker nudges", k, ["nudges"], environment: env)
    let show = process("kartrekker employee show", k, ["employee", "show", someone.id], environment: env)

    // The same answers from sqlite3 over indexed tables of the same records.
    var sqliteTimes: [String: Double] = [:]
    if let sqlite = SQLiteComparison.build(organisation, beside: directory) {
        defer { try? FileManager.default.removeItem(atPath: sqlite.database) }
        let questions: [(String, String)] = [
            ("month board", SQLiteComparison.board(month)),
            ("week board", SQLiteComparison.board(Period(.week, containing: today))),
            ("quarter board", SQLiteComparison.board(Period(.quarter, containing: today))),
            ("nudges", SQLiteComparison.nudges(at: today)),
            ("employee show", SQLiteComparison.employee(someone.id, at: today)),
        ]
        for (name, query) in questions {
            sqliteTimes[name] = process("sqlite3: the \(name), indexed", sqlite.sqlite, sqlite.arguments(query))
        }
    }
    print("\nratios (targets: ≤ 1.5× sqlite3 and ≤ 2× --version; the all-time board ≤ 2× --version):")
    for (name, time) in [("month board", monthBoard), ("week board", weekBoard), ("quarter board", quarterBoard),
                         ("nudges", nudges), ("employee show", show), ("all-time board", allTime)] {
        let versus = sqliteTimes[name].map { String(format: "%5.2f× sqlite3 (%.1f ms)", time / $0, $0 * 1000) } ?? "                       "
        print(name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6.1f ms  ", time * 1000) + versus
              + String(format: "   %5.2f× --version (%.1f ms)", time / version, version * 1000))
    }
    print("")
    let log = process("kartrekker log (durable)", k, ["log", someone.id, "--category", "smile", "--note", "benchmark"], environment: env)
    _ = process("kartrekker contribution list --format json", k, ["contribution", "list", "--format", "json"], environment: env,
                memory: true)
    let exportTarget = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-bench-export-\(getpid())")
    defer { try? FileManager.default.removeItem(at: exportTarget) }
    _ = process("kartrekker export --format json", k, ["export", "--format", "json", "--output", exportTarget.path], environment: env,
                memory: true) { try? FileManager.default.removeItem(at: exportTarget) }
    _ = process("kartrekker check", k, ["check"], environment: env)
    _ = process("first all-time board, derived files deleted", k, ["leaderboard", "--period", "all"], environment: env) {
        try? FileManager.default.removeItem(atPath: cache)
    }
    // The same log on the 24-person demo, for the ratio the issue asks (within 1.5×).
    let small = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-bench-demo-\(getpid())")
    defer { try? FileManager.default.removeItem(at: small) }
    _ = process("kartrekker demo (24 people)", k, ["demo", "--data-dir", small.path], environment: env, times: 1)
    let smallEnv = ["KARTREKKER_TODAY": today.description, "KARTREKKER_DATA_DIR": small.path]
    let smallSomeone = try DataStore(directory: small).employees().first { !$0.archived }!
    let smallLog = process("kartrekker log on the 24-person demo", k, ["log", smallSomeone.id, "--category", "smile", "--note", "benchmark"],
                           environment: smallEnv)
    print(String(format: "log: organisation / demo = %.2f× (target ≤ 1.2×)", log / smallLog))

    let points = #"{"smile": 5, "beyond": 4, "idea": 3, "attention": 3, "ambassador": 2, "goal": 2}"#
    let script = """
        import json, glob, os, sys
        d = sys.argv[1]
        emps = {e["id"]: e for e in json.load(open(os.path.join(d, "employees.json")))["employees"]}
        points = \(points)
        scores = {}
        for f in glob.glob(os.path.join(d, "contributions", "*.json")):
            for c in json.load(open(f))["contributions"]:
                p = points[c["category"]] + (3 if c.get("ideaStatus") in ("adopted", "implemented") else 0)
                scores[c["employeeId"]] = scores.get(c["employeeId"], 0) + p
        rows = sorted(((s, emps[i]["name"]) for i, s in scores.items() if i in emps and not emps[i]["archived"] and s > 0),
                      key=lambda r: (-r[0], r[1]))
        print(len(rows))
        """
    let python = process("python3 json: the same all-time board", "/usr/bin/env", ["python3", "-c", script, directory.path])
    let jqProgram = """
        \(points) as $p | reduce (inputs | .contributions[]) as $c ({};
          .[$c.employeeId] += $p[$c.category] + (if ($c.ideaStatus == "adopted" or $c.ideaStatus == "implemented") then 3 else 0 end))
        | to_entries | map(select(.value > 0)) | sort_by(-.value) | length
        """
    let jqPath = ["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let jq = jqPath.map { jq in
        process("jq: the same all-time board (one run)", "/bin/sh", ["-c", "\(jq) -n '\(jqProgram)' '\(directory.path)'/contributions/*.json"],
                times: 1)
    }
    let floor = process("cat of the contribution files (the floor)", "/bin/sh", ["-c", "cat '\(directory.path)'/contributions/*.json"])
    print(String(format: "all-time board: %.0f× faster than python3 json", python / allTime)
          + (jq.map { String(format: ", %.0f× faster than jq", $0 / allTime) } ?? " (jq not installed)")
          + String(format: "; cat alone takes %.0f%% of kartrekker's time", floor / allTime * 100))
} else {
    print("\n(build kartrekker with `swift build -c release` to time whole processes too)")
}

if let postgresServer {
    #if PostgreSQL
    try benchmarkPostgres(server: postgresServer, organisation: organisation, today: today,
                          binary: FileManager.default.isExecutableFile(atPath: binary.path) ? binary : nil)
    #else
    print("\n(--store needs a build with the trait: swift build -c release --traits PostgreSQL)")
    #endif
}
