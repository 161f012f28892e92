import Foundation
import Testing
import KartrekkerTestSupport
@testable import KartrekkerApp
import KartrekkerCore
import KartrekkerStore
#if PostgreSQL
@testable import KartrekkerPostgres
#endif

/// What only a database has to prove: many writers at once, a rule two writers race for, and a
/// database newer than the program.
@Suite(.serialized, .enabled(if: Backend.available.contains(.postgres), Comment(rawValue: TestDatabase.absent)))
struct PostgresStoreTests {
    /// Runs `body(index)` on `count` threads at once and waits for all.
    func together(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                body(index)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
    }

    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.withLock { values.append(value) } }
        var all: [String] { lock.withLock { values } }
    }

    @Test func fiftyWritersAtOnceLoseNothing() throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let people = try (0..<5).map { try session.addEmployee(EmployeeDraft(name: "Persoon \($0)", team: "Team \($0 % 2)")) }
        let configuration = session.configuration
        let failures = Tally()
        let saved = Tally()
        together(50) { writer in
            let mine = Session(configuration)
            for index in 0..<100 {
                do {
                    let record = try mine.logContribution(ContributionDraft(employee: people[(writer + index) % 5].id, category: .smile,
                                                                            note: "schrijver \(writer) nummer \(index)"))
                    saved.add(record.id)
                } catch {
                    failures.add("\(writer)/\(index): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        let stored = try Session(configuration).contributions()
        #expect(stored.count == 5000 && Set(stored.map(\.id)) == Set(saved.all))
        #expect(try Session(configuration).leaderboard(LeaderboardRequest(period: Period(.month, containing: CalendarDate("2026-11-30")!)))
                    .rows.reduce(0) { $0 + $1.score } == 5000 * 5)
    }

    @Test func twoTeamLeadsAddingTheSameNameAtOnceMakeOnePerson() throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let configuration = session.configuration
        let added = Tally()
        let refused = Tally()
        together(10) { _ in
            do {
                let person = try Session(configuration).addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
                added.add(person.id)
            } catch is DuplicateNameError {
                refused.add("duplicate")
            } catch {
                refused.add("\(error)")
            }
        }
        #expect(added.all.count == 1 && refused.all == Array(repeating: "duplicate", count: 9))
        #expect(try Session(configuration).employees(includeArchived: true).employees.count == 1)
    }

    @Test func aDatabaseNewerThanThisProgramIsRefused() throws {
        #if PostgreSQL
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        _ = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let store = try #require(session.store as? PostgresStore)
        try store.execute("UPDATE schema_version SET version = 99")
        let fresh = Session(session.configuration)
        let error = #expect(throws: KartrekkerError.self) { _ = try fresh.employees(includeArchived: true) }
        #expect(error?.message.contains("schema version 99, newer than this kartrekker knows") == true)
        let migrating = #expect(throws: KartrekkerError.self) { try (fresh.store as? PostgresStore)?.migrate() }
        #expect(migrating?.message.contains("newer than this kartrekker") == true)
        // One older than this program: its owner migrates first (a team lead could not).
        try store.execute("DELETE FROM schema_version WHERE version = 99")
        try store.execute("INSERT INTO schema_version VALUES (1)")
        let older = #expect(throws: KartrekkerError.self) { _ = try Session(session.configuration).employees(includeArchived: true) }
        #expect(older?.message.contains("has schema version 1; this kartrekker needs") == true, "\(String(describing: older))")
        #expect(older?.details.joined().contains("db migrate") == true)
        #endif
    }

    @Test func aLostConnectionIsMadeAgainAndAWriteItCutIsSavedNowhere() throws {
        #if PostgreSQL
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let store = try #require(session.store as? PostgresStore)
        // Another connection ends this one, as a restart or an administrator would.
        func cut() throws {
            let other = PostgresStore(store.database)
            // Every other connection to this database (the fence, OFFSET 0, keeps the planner
            // from calling pg_terminate_backend on this connection's own row).
            let ended = try other.count("""
                SELECT count(*)::bigint FROM (SELECT pid FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() OFFSET 0) AS others
                WHERE pg_terminate_backend(pid, 5000)
                """)
            #expect(ended >= 1)
        }
        try cut()
        // A read after it: connected anew, answered.
        #expect(try session.employees(includeArchived: true).employees.map(\.id) == [anna.id])
        // A write it cuts: an error that says nothing was saved, and nothing was.
        let error = #expect(throws: KartrekkerError.self) {
            try store.withWriteLock {
                try store.add([Employee(id: "e-cut", name: "Jan Smit", team: "Onderhoud")])
                let mine = try store.count("SELECT pg_backend_pid()::bigint")
                let seen = try PostgresStore(store.database).count("SELECT count(*)::bigint FROM pg_stat_activity WHERE pid = \(mine)")
                #expect(seen == 1, "pid \(mine)")
                try cut()
                #expect(try PostgresStore(store.database).count("SELECT count(*)::bigint FROM pg_stat_activity WHERE pid = \(mine)") == 0)
                try store.add([Employee(id: "e-cut2", name: "Kees Bakker", team: "Onderhoud")])
            }
        }
        #expect(error?.message.contains("nothing of it was saved") == true, "\(String(describing: error))")
        #expect(try Session(session.configuration).employees(includeArchived: true).employees.map(\.id) == [anna.id])
        #endif
    }

    @Test func anotherTeamLeadsWriteIsHeardWithoutAsking() throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        // The first look starts a listener; once it hears, stamps come from what it heard.
        let deadline = Date().addingTimeInterval(10)
        var stamp = session.changeStamp()
        while !String(describing: stamp).contains("postgres-heard"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            stamp = session.changeStamp()
        }
        #expect(String(describing: stamp).contains("postgres-heard"))
        #expect(session.changeStamp() == stamp)
        _ = try Session(session.configuration).logContribution(ContributionDraft(employee: anna.id, category: .smile, note: "Gehoord"))
        var after = session.changeStamp()
        while after == stamp, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            after = session.changeStamp()
        }
        #expect(after != stamp)
    }

    @Test func theMonthTotalsFollowEveryChangeToTheRecords() throws {
        #if PostgreSQL
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let store = try #require(session.store as? PostgresStore)
        // How many (person, month) rows of the kept totals differ from the records added up now.
        func differing() throws -> Int {
            try store.count("""
                WITH fresh AS (
                    SELECT employee_id, month, sum(points)::bigint AS points, sum(c)::bigint AS contributions, sum(r)::bigint AS recognitions
                    FROM (SELECT employee_id, date_trunc('month', date)::date AS month, points, 1 AS c, 0 AS r FROM contributions
                          UNION ALL SELECT employee_id, date_trunc('month', date)::date, 0, 0, 1 FROM recognitions) AS records
                    GROUP BY 1, 2)
                SELECT count(*)::bigint FROM month_totals m FULL JOIN fresh f ON m.employee_id = f.employee_id AND m.month = f.month
                WHERE m.employee_id IS NULL OR f.employee_id IS NULL
                   OR (m.points, m.contributions, m.recognitions) <> (f.points, f.contributions, f.recognitions)
                """)
        }
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let jan = try session.addEmployee(EmployeeDraft(name: "Jan Smit", team: "Onderhoud"))
        var logged: [Contribution] = []
        for (index, day) in ["2026-09-03", "2026-10-15", "2026-10-31", "2026-11-01", "2026-11-30"].enumerated() {
            for person in [anna, jan] {
                logged.append(try session.logContribution(ContributionDraft(
                    employee: person.id, category: index % 2 == 0 ? .idea : .smile, note: "Werk op \(day)", date: CalendarDate(day))))
            }
        }
        let thanks = try session.recognize(RecognitionDraft(employee: anna.id, kind: .thanks, message: "Dank", date: CalendarDate("2026-11-30"),
                                                            contributionIDs: [logged[8].id]))
        _ = try session.recognize(RecognitionDraft(employee: jan.id, kind: .thanks, message: "Samen met Anna de Vries"))
        #expect(try store.count("SELECT count(*)::bigint FROM month_totals") == 6)
        #expect(try differing() == 0)
        _ = try session.editContribution(logged[0].id, ContributionChanges(date: CalendarDate("2026-08-20")))
        #expect(try differing() == 0)
        _ = try session.setIdeaStatus(logged[4].id, .adopted)
        #expect(try differing() == 0)
        _ = try session.deleteContribution(logged[2].id)
        _ = try session.deleteRecognition(thanks.id)
        #expect(try differing() == 0)
        // The board of all time and of a month add up those rows; a week adds up records.
        let all = try session.leaderboard(LeaderboardRequest(period: Period(.all, containing: CalendarDate("2026-11-30")!)))
        let records = try session.contributions()
        for row in all.rows {
            #expect(row.score == records.filter { $0.employeeId == row.employee.id }.reduce(0) { $0 + $1.points })
        }
        _ = try session.erase(jan.id)
        #expect(try differing() == 0)
        #expect(try store.count("SELECT count(*)::bigint FROM month_totals WHERE employee_id = '\(jan.id)'") == 0)
        #endif
    }

    @Test func storesOpenedOneAfterAnotherShareAPooledConnection() throws {
        #if PostgreSQL
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let location = try #require(session.store as? PostgresStore).database
        func backend(_ store: PostgresStore) throws -> Int { try store.count("SELECT pg_backend_pid()::bigint") }
        var first: PostgresStore? = PostgresStore(location, pooled: true)
        let pid = try backend(first!)
        first = nil
        #expect(PostgresConnectionPool.shared.idleCount(location) == 1)
        let second = PostgresStore(location, pooled: true)
        #expect(try backend(second) == pid)
        #expect(PostgresConnectionPool.shared.idleCount(location) == 0)
        // A kept connection the server ended meanwhile is not handed out again.
        var third: PostgresStore? = PostgresStore(location, pooled: true)
        let ended = try backend(third!)
        third = nil
        #expect(try second.count("SELECT count(*)::bigint FROM (SELECT pg_terminate_backend(\(ended), 5000)) AS t") == 1)
        let deadline = Date().addingTimeInterval(10)
        var fourth = PostgresStore(location, pooled: true)
        var answered = try? backend(fourth)
        while answered == nil || answered == ended, Date() < deadline {
            fourth = PostgresStore(location, pooled: true)
            answered = try? backend(fourth)
        }
        #expect(answered != nil && answered != ended)
        // Stores without pooling close theirs.
        let idle = PostgresConnectionPool.shared.idleCount(location)
        do {
            let plain = PostgresStore(location)
            _ = try backend(plain)
        }
        #expect(PostgresConnectionPool.shared.idleCount(location) == idle)
        #endif
    }

    @Test func aWriteWaitsForAnotherOnlyAsLongAsTheLockTimeoutAndNamesIt() throws {
        #if PostgreSQL
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        var archived = anna
        archived.archived = true
        let holder = try #require(session.store as? PostgresStore)
        let waiting = PostgresStore(holder.database, lockTimeout: 0.3)
        let error = #expect(throws: KartrekkerError.self) {
            try holder.withWriteLock { try waiting.update(archived) }
        }
        #expect(error?.message.hasPrefix("the database is being written by another kartrekker (\(holder.database.user), from this machine, process") == true,
                "\(String(describing: error))")
        #expect(error?.message.hasSuffix("waited 0 s") == true)
        // Once it is free, the same write goes through.
        try waiting.update(archived)
        #expect(try waiting.employees().map(\.archived) == [true])
        #endif
    }
}
