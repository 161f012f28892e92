import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerStore

// Benchmarks on the organisation-sized data set (contract §4: `demo --employees 1000
// --years 5`). Not tests: run in a release build and read the medians.
//
//   swift run -c release kartrekker-benchmarks [--employees N] [--years Y] [--runs R]

var employees = 1000
var years = 5
var runs = 7
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--employees": employees = Int(arguments.next() ?? "") ?? employees
    case "--years": years = Int(arguments.next() ?? "") ?? years
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    default:
        FileHandle.standardError.write(Data("usage: kartrekker-benchmarks [--employees N] [--years Y] [--runs R]\n".utf8))
        exit(64)
    }
}

let today = CalendarDate("2026-11-29")!
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: directory) }

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
let store = DataStore(directory: directory)
let written = try seconds {
    try store.replaceAllData(employees: organisation.employees, contributions: organisation.contributions,
                             recognitions: organisation.recognitions)
}
print("data set: \(employees) employees, \(years) years, \(organisation.contributions.count) contributions, "
      + "\(organisation.recognitions.count) recognitions; \(runs) runs each, a fresh store per run (nothing cached)")
print(String(format: "generate the demo organisation: %.2f s; write it: %.2f s", generated, written))

let month = Period(.month, containing: today)
try report("load employees") { _ = try DataStore(directory: directory).employees() }
try report("leaderboard, this month") { _ = try DataStore(directory: directory).leaderboard(month) }
try report("leaderboard, this quarter") { _ = try DataStore(directory: directory).leaderboard(Period(.quarter, containing: today)) }
try report("leaderboard, all time") { _ = try DataStore(directory: directory).leaderboard(Period(.all, containing: today)) }
try report("nudges") { _ = try DataStore(directory: directory).nudges(at: today) }
let someone = organisation.employees.first { !$0.archived }!
var generator = SystemRandomNumberGenerator()
try report("record one contribution") {
    let fresh = DataStore(directory: directory)
    let contribution = try Records.contribution(
        id: RecordID.contribution(date: today, using: &generator), employee: someone, date: today, category: .smile,
        note: "benchmark", today: today, recordedBy: "bench", recordedAt: Date())
    try fresh.add(contribution)
}
try report("one employee's history") { _ = try DataStore(directory: directory).history(of: someone.id) }

// Whole processes, as a team lead runs them: the `kartrekker` built beside this benchmark (build
// it with `swift build -c release` first), on the same data set; then the same all-time board
// in Python's standard `json`, and `cat` of the files as the floor.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("kartrekker")

/// Runs a command `runs` times and prints the median wall time. (Peak memory is not measured
/// here: a spawned child starts with this process's, which holds the whole data set; use
/// `/usr/bin/time -f %M` for it.)
@MainActor func process(_ name: String, _ executable: String, _ arguments: [String], environment: [String: String] = [:]) {
    var times: [Double] = []
    for _ in 0..<runs {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            print("\(name): cannot start \(executable)")
            return
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        posix_spawn_file_actions_destroy(&actions)
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    times.sort()
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "median %8.1f ms   min %8.1f ms", times[times.count / 2] * 1000, times[0] * 1000))
}

if FileManager.default.isExecutableFile(atPath: binary.path) {
    print("\nwhole processes (\(binary.path)):")
    let env = ["KARTREKKER_TODAY": today.description, "KARTREKKER_DATA_DIR": directory.path]
    process("kartrekker leaderboard --period all", binary.path, ["leaderboard", "--period", "all"], environment: env)
    process("kartrekker leaderboard (month)", binary.path, ["leaderboard"], environment: env)
    process("kartrekker leaderboard --period week", binary.path, ["leaderboard", "--period", "week"], environment: env)
    process("kartrekker nudges", binary.path, ["nudges"], environment: env)
    process("kartrekker employee show", binary.path, ["employee", "show", someone.id], environment: env)
    process("kartrekker check", binary.path, ["check"], environment: env)
    process("kartrekker contribution list --format json", binary.path, ["contribution", "list", "--format", "json"], environment: env)
    let script = """
        import json, glob, os, sys
        d = sys.argv[1]
        emps = {e["id"]: e for e in json.load(open(os.path.join(d, "employees.json")))["employees"]}
        points = {"smile": 5, "beyond": 4, "idea": 3, "attention": 3, "ambassador": 2, "goal": 2}
        scores = {}
        for f in glob.glob(os.path.join(d, "contributions", "*.json")):
            for c in json.load(open(f))["contributions"]:
                p = points[c["category"]] + (3 if c.get("ideaStatus") in ("adopted", "implemented") else 0)
                scores[c["employeeId"]] = scores.get(c["employeeId"], 0) + p
        rows = sorted(((s, emps[i]["name"]) for i, s in scores.items() if i in emps and not emps[i]["archived"] and s > 0),
                      key=lambda r: (-r[0], r[1]))
        print(len(rows))
        """
    process("python3 json: the same all-time board", "/usr/bin/env", ["python3", "-c", script, directory.path])
    process("cat of the contribution files (the floor)", "/bin/sh", ["-c", "cat '\(directory.path)'/contributions/*.json"])
} else {
    print("\n(build kartrekker with `swift build -c release` to time whole processes too)")
}
