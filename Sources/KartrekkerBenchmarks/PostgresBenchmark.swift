#if PostgreSQL
import Dispatch
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange
import KartrekkerPostgres

/// The same organisation in PostgreSQL (`--store postgres://USER@HOST/DB`: a server where the
/// benchmark may create and drop a database and roles): reads in process and as whole
/// processes, and fifty team leads, each signed in as their own role, logging at once.
@MainActor func benchmarkPostgres(server: String, organisation: DemoOrganisation, today: CalendarDate, binary: URL?) throws {
    let admin = try PostgresLocation(server)
    let name = "kt_bench_\(getpid())"
    let location = try PostgresStore.createDatabase(name, beside: admin)
    let leads = (0..<50).map { "kt_bench_lead_\(getpid())_\($0)" }
    defer {
        let cleaner = PostgresStore(admin)
        try? cleaner.execute("DROP DATABASE \(name) WITH (FORCE)")
        for role in leads { try? cleaner.execute("DROP ROLE IF EXISTS \(role)") }
    }
    let owner = PostgresStore(location)
    try owner.migrate()
    let loaded = try seconds {
        try owner.replaceAllData(employees: organisation.employees, contributions: organisation.contributions,
                                 recognitions: organisation.recognitions, progress: { _, _ in })
    }
    print(String(format: "\nPostgreSQL (%@), the same organisation; loaded in %.1f s:", location.description, loaded))

    let all = Period(.all, containing: today)
    let someone = organisation.employees.first { !$0.archived }!
    var configuration = SessionConfiguration(dataDirectory: URL(fileURLWithPath: "/nonexistent"), user: "bench", clock: Clock(fixedToday: today))
    configuration.openStore = PostgresStore.opener(location)
    let session = { [configuration] in Session(configuration) }
    try report("postgres: leaderboard, all time (new connection)") { _ = try PostgresStore(location).leaderboard(all, filter: LeaderboardFilter(), top: nil) }
    try report("postgres: leaderboard, this month (new connection)") { _ = try PostgresStore(location).leaderboard(Period(.month, containing: today), filter: LeaderboardFilter(), top: nil) }
    try report("postgres: nudges (new connection)") { _ = try PostgresStore(location).nudges(at: today) }
    try report("postgres: one employee's page (new connection)") { _ = try session().storySummary(of: someone.id, recent: 10) }
    try report("postgres: the employees screen (new connection)") { _ = try session().employeeOverview() }
    let open = session()
    _ = try open.leaderboard(LeaderboardRequest(period: all))
    try report("postgres: leaderboard, all time (connected)") { _ = try open.leaderboard(LeaderboardRequest(period: all)) }
    try report("postgres: one employee's page (connected)") { _ = try open.storySummary(of: someone.id, recent: 10) }

    if let binary {
        let env = ["KARTREKKER_TODAY": today.description, "KARTREKKER_STORE": location.description]
        let k = binary.path
        _ = process("postgres: kartrekker leaderboard --period all", k, ["leaderboard", "--period", "all"], environment: env, memory: true)
        _ = process("postgres: kartrekker leaderboard (month)", k, ["leaderboard"], environment: env)
        _ = process("postgres: kartrekker nudges", k, ["nudges"], environment: env)
        _ = process("postgres: kartrekker employee show", k, ["employee", "show", someone.id], environment: env)
        _ = process("postgres: kartrekker log", k, ["log", someone.id, "--category", "smile", "--note", "benchmark"], environment: env)
        _ = process("postgres: kartrekker contribution list --format json", k, ["contribution", "list", "--format", "json"],
                    environment: env, memory: true, times: 3)
        _ = process("postgres: kartrekker check", k, ["check"], environment: env, times: 3)
    }

    // Fifty team leads, each their own role leading one team (row-level security on), log at
    // once: every lead's session is open and warm (as in the terminal UI), then all start together.
    let teams = Dictionary(grouping: organisation.employees.filter { !$0.archived }, by: \.team)
    let teamNames = teams.keys.sorted()
    for (index, role) in leads.enumerated() {
        try PostgresStore(admin).execute("CREATE ROLE \(role) LOGIN")
        _ = try owner.grantLead(role, teams: [teamNames[index % teamNames.count]])
    }
    let perLead = 40
    /// Every lead logs `perLead` contributions: in rounds where all fifty press save at the
    /// same moment (`inRounds`), or each one after another without a pause (the server at its
    /// limit). Prints the latencies and what was saved.
    func logging(inRounds: Bool) throws {
        let timings = Timings()
        let ready = DispatchGroup()
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for (index, role) in leads.enumerated() {
            var mine = configuration
            mine.openStore = PostgresStore.opener(location.signedIn(as: role))
            let people = teams[teamNames[index % teamNames.count]]!.map(\.id)
            // Leads of one team log for different people at a time.
            let first = index / teamNames.count * perLead
            ready.enter()
            let thread = Thread { [mine] in
                // Warmed up as a lead's open UI is: connected, and a first log made (a new server
                // process plans its statements and compiles the totals trigger once).
                let lead = Session(mine)
                _ = try? lead.logContribution(ContributionDraft(employee: people[first % people.count], category: .smile, note: "warming up"))
                ready.leave()
                if !inRounds { go.wait() }
                for number in 0..<perLead {
                    if inRounds { go.wait() }
                    let began = DispatchTime.now().uptimeNanoseconds
                    do {
                        _ = try lead.logContribution(ContributionDraft(employee: people[(first + number) % people.count], category: .smile,
                                                                       note: "benchmark \(number)"))
                        timings.add(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6)
                    } catch {
                        timings.fail("\(error)")
                    }
                    if inRounds { done.leave() }
                }
                if !inRounds { done.leave() }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        ready.wait()
        let before = try owner.count("SELECT count(*)::bigint FROM contributions")
        func cpu() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        let cpuBefore = cpu()
        let wall = seconds {
            for _ in 0..<(inRounds ? perLead : 1) {
                for _ in leads { done.enter() }
                for _ in leads { go.signal() }
                done.wait()
            }
        }
        let clientCPU = cpu() - cpuBefore
        let after = try owner.count("SELECT count(*)::bigint FROM contributions")
        let sorted = timings.values.sorted()
        func percentile(_ p: Double) -> Double { sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        let shape = inRounds ? "\(perLead) rounds of 50 team leads logging at once" : "50 team leads logging \(perLead) each nonstop"
        print("postgres: \(shape):".padding(toLength: 62, withPad: " ", startingAt: 0)
              + String(format: "p50 %5.1f ms  p99 %5.1f ms  max %5.1f ms  %4.0f logs/s  ", percentile(0.5), percentile(0.99), sorted.last ?? .nan,
                       Double(sorted.count) / wall)
              + String(format: "client CPU %.2f ms/log  ", clientCPU * 1000 / Double(max(1, sorted.count)))
              + "\(after - before) of \(leads.count * perLead) saved" + (timings.failures.isEmpty ? "" : ", \(timings.failures.count) failed")
              + (timings.failures.first.map { " (\($0))" } ?? ""))
    }
    try logging(inRounds: true)
    try logging(inRounds: false)
}

/// Latencies gathered from many threads.
final class Timings: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered: [Double] = []
    private var failed: [String] = []
    func add(_ value: Double) { lock.withLock { gathered.append(value) } }
    func fail(_ message: String) { lock.withLock { failed.append(message) } }
    var values: [Double] { lock.withLock { gathered } }
    var failures: [String] { lock.withLock { failed } }
}
#endif
