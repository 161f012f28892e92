#if PostgreSQL
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerStore
import PostgresNIO

/// The organisation's records in PostgreSQL: the same questions and changes as the data
/// directory, answered by queries (totals from SQL, ranking from Core), written in
/// transactions. A session is synchronous and single-threaded, so each store holds one
/// connection and waits for each query; work off the UI's key path opens its own.
public final class PostgresStore: RecordStore {
    public let database: PostgresLocation
    private let password: String?
    private var connection: PostgresConnection?
    private let logger = Logger(label: "kartrekker.postgres")
    private let blocking = Blocking()
    private var transactionDepth = 0
    private var wrote = false

    /// Set when a connection was lost: a new one is made rather than taken from the pool.
    private var bypassPool = false
    /// Whether the connection goes back to the process's pool when the store goes (the terminal
    /// UI: a store per load) rather than being closed (a command: one store, then the end).
    private let pooled: Bool

    public init(_ location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment,
                pooled: Bool = false) {
        database = location
        password = location.password(environment: environment)
        self.pooled = pooled
    }

    public var location: String { database.description }

    deinit {
        // The last change is announced first (a command line's `log` ends here).
        if let announcing { _ = try? blocking.wait { await announcing.value } }
        guard let connection else { return }
        if pooled, transactionDepth == 0 {
            PostgresConnectionPool.shared.give(connection, schemaChecked: schemaChecked, to: database)
        } else {
            // Closed at once (on its event loop, not waited for): a session is short-lived, and
            // a connection left open would count against the server's limit until it timed out.
            PostgresStore.close(connection)
        }
    }

    /// Closes a connection without waiting; it is kept until closed (it must not go before).
    static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// The opener a session configuration takes.
    /// `pooled`: connections outlive each store, for the next one (see `PostgresConnectionPool`).
    public static func opener(_ location: PostgresLocation, pooled: Bool = false) -> @Sendable (SessionConfiguration) -> any RecordStore {
        { _ in PostgresStore(location, pooled: pooled) }
    }

    // MARK: Connection

    private func connected() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        // A write's transaction lived on the connection that is gone: it must not go on, in
        // pieces, on a new one.
        if connection != nil && transactionDepth > 0 {
            connection = nil
            throw PostgresStore.lostInWrite(database)
        }
        if pooled, connection == nil, !bypassPool, let kept = PostgresConnectionPool.shared.take(database) {
            connection = kept.connection
            schemaChecked = kept.schemaChecked
            return kept.connection
        }
        let configuration = PostgresStore.configuration(database, password: password)
        let logger = self.logger
        do {
            let made = try blocking.wait { try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger) }
            connection = made
            return made
        } catch {
            throw KartrekkerError("cannot reach the database \(database.description): \(PostgresStore.explain(error))")
        }
    }

    /// How to reach `database`: its socket, or its host without TLS.
    static func configuration(_ database: PostgresLocation, password: String?) -> PostgresConnection.Configuration {
        if let socket = database.socketPath {
            return .init(unixSocketPath: socket, username: database.user, password: password, database: database.database)
        }
        return .init(host: database.host ?? "localhost", port: database.port, username: database.user, password: password,
                     database: database.database, tls: .disable)
    }

    /// Runs one statement of kartrekker's own SQL (for administration and tests).
    public func execute(_ sql: String) throws {
        try rows(PostgresQuery(unsafeSQL: sql))
    }

    /// The number one query of kartrekker's own SQL answers (for administration and tests).
    public func count(_ sql: String) throws -> Int {
        try rows(PostgresQuery(unsafeSQL: sql)).first.map { try $0.decode(Int.self) } ?? 0
    }

    /// Runs one query and returns its rows. A connection the server closed (a restart, an
    /// administrator, a network that dropped it) is made again: a read outside a write is tried
    /// once more on the new one; inside a write nothing of it was saved, and the error says so.
    /// `keyTaken` is the error for a key that exists already (SQLSTATE 23505); only an insert
    /// gives one, and an insert is never sent again blindly when the connection goes (it may
    /// have committed): outside a transaction that throws `LostWhileSaving`.
    @discardableResult
    func rows(_ query: PostgresQuery, keyTaken: KartrekkerError? = nil) throws -> [PostgresRow] {
        do {
            return try run(query)
        } catch let error as PSQLError where keyTaken != nil && error.serverInfo?[.sqlState] == "23505" {
            throw keyTaken!
        } catch let error as PSQLError where PostgresStore.lostConnection(error) {
            if let lost = connection { PostgresStore.close(lost) }
            connection = nil
            // The pool's other connections were likely ended with this one (a restart): the
            // next is made anew.
            bypassPool = true
            guard transactionDepth == 0 else { throw PostgresStore.lostInWrite(database) }
            if keyTaken != nil { throw LostWhileSaving() }
            do {
                return try run(query)
            } catch {
                throw KartrekkerError("the database \(database.description) refused a query: \(PostgresStore.explain(error))")
            }
        } catch let error as KartrekkerError {
            throw error
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresStore.insufficientPrivilege {
            throw PostgresStore.refusal(error, role: database.user)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23503" {
            throw KartrekkerError("the database \(database.description) refused a write: \(PostgresStore.explain(error))",
                                  details: ["an employee it refers to is not there (erased or removed meanwhile); look again and retry"])
        } catch {
            throw KartrekkerError("the database \(database.description) refused a query: \(PostgresStore.explain(error))")
        }
    }

    /// What the database refused this role, the reason first (a form shows one line of it).
    static func refusal(_ error: PSQLError, role: String) -> KartrekkerError {
        let server = explain(error)
        let reason = server.contains("row-level security") ? "it is not for a team \(role) leads" : "the database refused it (\(server))"
        return KartrekkerError("\(role) may not do this: \(reason)",
                               details: ["the database said: \(server)",
                                         "team leads read and record for the teams they lead, HR reads everything, nobody else reads anything",
                                         "`kartrekker db access` (as the database's owner) lists who may do what"])
    }

    /// SQLSTATE of a refused privilege, a row-level security policy's included.
    static let insufficientPrivilege = "42501"

    private func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        let connection = try connected()
        let logger = self.logger
        return try blocking.wait {
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
            return rows
        }
    }

    static func lostInWrite(_ database: PostgresLocation) -> KartrekkerError {
        KartrekkerError("the connection to the database \(database.description) was lost in the middle of a write; nothing of it was saved",
                        details: ["try again: kartrekker connects anew"])
    }

    /// Whether the connection is gone: closed, or ended by the server (its shutdown, or an
    /// administrator's; SQLSTATE class 57P).
    static func lostConnection(_ error: PSQLError) -> Bool {
        if let state = error.serverInfo?[.sqlState], state.hasPrefix("57P") { return true }
        return [.serverClosedConnection, .clientClosedConnection, .uncleanShutdown].contains(error.code)
    }

    static func explain(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// Makes a new, empty database beside the one `admin` names (for tests and for trying
    /// kartrekker out); returns its location.
    public static func createDatabase(_ name: String, beside admin: PostgresLocation) throws -> PostgresLocation {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw KartrekkerError("a database name is letters, digits and _ only")
        }
        try PostgresStore(admin).rows(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        var text = admin.description
        text = text.replacingOccurrences(of: "/\(admin.database)", with: "/\(name)")
        return try PostgresLocation(text)
    }

    // MARK: Schema

    /// The schema version of the database (0 for an empty one).
    public func schemaVersion() throws -> Int {
        let exists = try rows("SELECT to_regclass('schema_version') IS NOT NULL").first.map { try $0.decode(Bool.self) } ?? false
        guard exists else { return 0 }
        return try rows("SELECT coalesce(max(version), 0) FROM schema_version").first.map { try $0.decode(Int.self) } ?? 0
    }

    /// Applies the migrations the database lacks, in one transaction; refuses a database newer
    /// than this program. Returns the versions applied.
    @discardableResult
    public func migrate() throws -> [Int] {
        try withWriteLock {
            let version = try schemaVersion()
            if version > PostgresSchema.current {
                throw KartrekkerError("the database has schema version \(version), newer than this kartrekker knows (\(PostgresSchema.current)); update kartrekker")
            }
            if version < 2, try !mayMakeGroupRoles() {
                throw KartrekkerError("db migrate makes the group roles \(PostgresSchema.teamLeadRole) and \(PostgresSchema.hrRole) (once per server), and the role \(database.user) may not create roles",
                                      details: ["give it CREATEROLE (ALTER ROLE \(PostgresStore.identifier(database.user)) CREATEROLE), which `db lead` and `db hr` need as well",
                                                "or have the administrator make them first: CREATE ROLE \(PostgresSchema.teamLeadRole) NOLOGIN; CREATE ROLE \(PostgresSchema.hrRole) NOLOGIN"])
            }
            if version == 0 { try rows("CREATE TABLE schema_version (version integer NOT NULL)") }
            var applied: [Int] = []
            for (index, statements) in PostgresSchema.migrations.enumerated() where index + 1 > version {
                for statement in statements { try rows(PostgresQuery(unsafeSQL: statement)) }
                try rows("INSERT INTO schema_version VALUES (\(index + 1))")
                applied.append(index + 1)
            }
            return applied
        }
    }

    /// Refuses to work on a database without kartrekker's tables, with older ones (the owner
    /// migrates; a team lead could not), or with newer ones.
    private func requireSchema() throws {
        let version = try schemaVersion()
        if version == 0 {
            throw KartrekkerError("the database \(database.description) has no kartrekker tables yet", details: ["run `kartrekker db migrate --store \(database.description)`"])
        }
        if version < PostgresSchema.current {
            throw KartrekkerError("the database \(database.description) has schema version \(version); this kartrekker needs \(PostgresSchema.current)",
                                  details: ["the database's owner runs `kartrekker db migrate --store \(database.description)`"])
        }
        if version > PostgresSchema.current {
            throw KartrekkerError("the database has schema version \(version), newer than this kartrekker knows (\(PostgresSchema.current)); update kartrekker")
        }
    }

    private var schemaChecked = false

    func ready() throws {
        if !schemaChecked {
            try requireSchema()
            schemaChecked = true
        }
    }

    // MARK: RecordStore: state

    public var warnings: [String] { [] }

    public func isEmpty() throws -> Bool {
        try ready()
        return try rows("SELECT NOT EXISTS (SELECT 1 FROM employees) AND NOT EXISTS (SELECT 1 FROM contributions) AND NOT EXISTS (SELECT 1 FROM recognitions)")
            .first.map { try $0.decode(Bool.self) } ?? true
    }

    /// The change notices heard (LISTEN/NOTIFY; no query), or the change counter while no
    /// listener hears them yet.
    public func changeStamp() -> ChangeStamp {
        if let heard = PostgresListener.heard(on: database, password: password) {
            return ChangeStamp(token: "postgres-heard:\(heard)")
        }
        let counter = (try? rows("SELECT last_value FROM change_counter").first.map { try $0.decode(Int.self) }) ?? nil
        return ChangeStamp(token: "postgres:\(counter.map(String.init) ?? "-")")
    }

    /// One transaction, writers one after another (an advisory lock, as the data directory's
    /// file lock): what a write checks stays true until it commits.
    public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        try transaction(lock: "pg_advisory_xact_lock(\(PostgresStore.writeLock))", body)
    }

    /// Writes that only add records run side by side: the database's keys keep their ids
    /// unique and their employees existing; they wait only for writes that change employees
    /// (those hold the lock alone).
    ///
    /// On the database such a write takes no lock and opens no transaction: adding records is
    /// one statement (atomic by itself), the primary key refuses a taken id and the foreign key
    /// an employee erased meanwhile (whose erasure then fails whole rather than miss the
    /// record). Anything else written inside becomes a transaction of its own.
    public func withRecordWriteLock<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 || addingRecords { return try body() }
        try ready()
        addingRecords = true
        autocommitted = false
        defer { addingRecords = false }
        let result = try body()
        if autocommitted { announceChange() }
        return result
    }

    /// Inside `withRecordWriteLock`: a single-statement write commits by itself.
    private var addingRecords = false
    /// Whether such a write was made (and is to be announced).
    private var autocommitted = false

    /// The advisory lock's key (any constant; kartrekker's own database).
    private static let writeLock = 7406

    private func transaction<T>(lock: String, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        _ = try connected()
        try rows("BEGIN")
        try rows(PostgresQuery(unsafeSQL: "SELECT \(lock)"))
        transactionDepth += 1
        wrote = false
        do {
            let result = try body()
            transactionDepth -= 1
            try rows("COMMIT")
            if wrote { announceChange() }
            return result
        } catch {
            transactionDepth -= 1
            _ = try? rows("ROLLBACK")
            throw error
        }
    }

    /// Tells readers that a write committed: the change counter moves and listeners hear a
    /// notice. After the commit, in a statement of its own that does not wait for the disk: a
    /// NOTIFY inside the write would hold the server's notice lock through the write's commit,
    /// and writers of every team would commit one at a time. A notice lost with a connection
    /// that drops just then is caught up by the next write; the write itself stands.
    ///
    /// Sent without waiting for its answer (the write has returned); the connection answers it
    /// before the next question, and a store waits for it before closing.
    private func announceChange() {
        guard let connection, !connection.isClosed else { return }
        let logger = self.logger
        let before = announcing
        announcing = Task(executorPreference: blocking) {
            await before?.value
            _ = try? await connection.query("""
                SELECT set_config('synchronous_commit', 'off', true), nextval('change_counter'), pg_notify(\(PostgresListener.channel), '')
                """, logger: logger)
        }
    }

    /// The change announced last, until it is sent.
    private var announcing: Task<Void, Never>?

    /// A write outside a transaction becomes one; `oneStatement` (a write that is one
    /// statement) commits by itself inside `withRecordWriteLock`.
    private func writing<T>(oneStatement: Bool = false, _ body: () throws -> T) throws -> T {
        try ready()
        if oneStatement, addingRecords, transactionDepth == 0 {
            let result = try body()
            autocommitted = true
            return result
        }
        return try withWriteLock {
            wrote = true
            return try body()
        }
    }

    // MARK: RecordStore: reading

    public func employees() throws -> [Employee] {
        try ready()
        return try rows("SELECT id, name, team, role, email, start_date::text, archived FROM employees ORDER BY id").map(PostgresStore.employee)
    }

    public func employee(id: String) throws -> Employee? {
        try ready()
        return try rows("SELECT id, name, team, role, email, start_date::text, archived FROM employees WHERE id = \(id)")
            .first.map(PostgresStore.employee)
    }

    public func employeeDirectory() throws -> EmployeeDirectory {
        EmployeeDirectory(try employees())
    }

    public func record<Record: MonthRecord>(_ kind: Record.Type, id: String) throws -> Record? {
        try ready()
        return try select(kind, where: "id = \(id)").first
    }

    public func records<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        try ready()
        return try select(kind, in: range)
    }

    public func forEachMonth<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?, newestFirst: Bool,
                                                  _ body: ([Record]) throws -> Void) throws {
        try ready()
        let months = try self.months(kind, in: range)
        for month in newestFirst ? months.reversed() : months {
            guard let monthRange = PostgresStore.range(ofMonth: month) else { continue }
            let clipped = range.flatMap { DateRange(from: max($0.from, monthRange.from), to: min($0.to, monthRange.to)) } ?? monthRange
            try body(try select(kind, in: clipped))
        }
    }

    public func newest<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?, atLeast count: Int?,
                                            passing test: (String, CalendarDate, KartrekkerCore.Category?) -> Bool) throws -> [Record] {
        try ready()
        var found: [Record] = []
        for month in try months(kind, in: range).reversed() {
            if let count, found.count >= count { break }
            guard let monthRange = PostgresStore.range(ofMonth: month) else { continue }
            for record in try select(kind, in: monthRange) where range?.contains(record.date) ?? true {
                if test(record.employeeId, record.date, (record as? Contribution)?.category) { found.append(record) }
            }
        }
        return found
    }

    public func history(of employeeID: String) throws -> (contributions: [Contribution], recognitions: [Recognition]) {
        try ready()
        return (try select(Contribution.self, where: "employee_id = \(employeeID)"),
                try select(Recognition.self, where: "employee_id = \(employeeID)"))
    }

    public func latestRecords<Record: MonthRecord>(_ kind: Record.Type, of employeeID: String, count: Int,
                                                   since: CalendarDate?) throws -> [Record] {
        try ready()
        // Their newest `count` by the (employee, date) index, and any later than `since`.
        let columns = Record.self == Contribution.self ? PostgresStore.contributionColumns : PostgresStore.recognitionColumns
        return try rows("""
            SELECT \(unescaped: columns) FROM (
                SELECT *, row_number() OVER (ORDER BY date DESC, id DESC) AS newness FROM \(unescaped: PostgresStore.table(kind))
                WHERE employee_id = \(employeeID)) AS theirs
            WHERE newness <= \(count) OR date >= \(since?.description)::date ORDER BY date DESC, id DESC
            """).map(PostgresStore.decode)
    }

    public func latestDates<Record: MonthRecord>(_ kind: Record.Type, upTo day: CalendarDate, of employees: Set<String>) throws
        -> [String: CalendarDate] {
        try ready()
        let table = PostgresStore.table(kind)
        var latest: [String: CalendarDate] = [:]
        // One step down the (employee, date) index per person, not a pass over every record.
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT e.id, (SELECT r.date FROM \(table) r WHERE r.employee_id = e.id AND r.date <= $1::date
                          ORDER BY r.date DESC LIMIT 1)::text
            FROM employees e
            """, binds: PostgresStore.binds(day.description))) {
            let (id, date) = try row.decode((String, String?).self)
            if employees.contains(id), let date, let parsed = CalendarDate(date) { latest[id] = parsed }
        }
        return latest
    }

    // MARK: RecordStore: totals

    public func leaderboard(_ period: Period, filter: LeaderboardFilter, top: Int?) throws -> Leaderboard {
        let current = try monthTotals(in: period.range, filter: filter)
        return Leaderboard(period: period, filter: filter, top: top, employees: try employees(),
                           totals: try current?.contributions ?? contributionTotals(in: period.range, filter: filter),
                           previousTotals: try period.previous.map { try contributionTotals(in: $0.range, filter: filter) } ?? [:],
                           recognitionCounts: try current?.recognitions ?? recognitionCounts(in: period.range))
    }

    /// Totals over whole months (a month, a quarter, a year, all time) with no category or
    /// value asked for, from a row per person and month; `nil` for anything else, which the
    /// records themselves answer.
    func monthTotals(in range: DateRange?, filter: LeaderboardFilter) throws
        -> (contributions: [String: ScoreTotal], recognitions: [String: Int])? {
        guard filter.category == nil, filter.value == nil else { return nil }
        if let range, range.from.day != 1 || range.to != range.to.lastOfMonth { return nil }
        try ready()
        var binds = PostgresBindings()
        var condition = "TRUE"
        if let range {
            binds.append(range.from.description)
            binds.append(range.to.description)
            condition = "month BETWEEN $1::date AND $2::date"
        }
        var contributions: [String: ScoreTotal] = [:]
        var recognitions: [String: Int] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT employee_id, sum(points)::bigint, sum(contributions)::bigint, sum(recognitions)::bigint
            FROM month_totals WHERE \(condition) GROUP BY employee_id
            """, binds: binds)) {
            let (id, score, count, recognized) = try row.decode((String, Int, Int, Int).self)
            if count > 0 { contributions[id] = ScoreTotal(score: score, count: count) }
            if recognized > 0 { recognitions[id] = recognized }
        }
        return (contributions, recognitions)
    }

    public func nudges(at: CalendarDate) throws -> Nudges {
        let scores = try contributionTotals(in: Nudges.scoreWindow(at: at), filter: LeaderboardFilter()).mapValues(\.score)
        let latest = try latestDates(Recognition.self, upTo: at, of: Set(scores.filter { $0.value > 0 }.keys))
        return Nudges(at: at, employees: try employees(), scores: scores, latestRecognitions: latest)
    }

    public func contributionTotals(in range: DateRange?, filter: LeaderboardFilter) throws -> [String: ScoreTotal] {
        if let whole = try monthTotals(in: range, filter: filter) { return whole.contributions }
        try ready()
        var binds = PostgresBindings()
        var conditions = [PostgresStore.dates(range, into: &binds)]
        if let category = filter.category {
            binds.append(category.rawValue)
            conditions.append("category = $\(binds.count)")
        }
        if let value = filter.value?.lowercased() {
            binds.append(value)
            conditions.append("$\(binds.count) = ANY (value_tags)")
        }
        var totals: [String: ScoreTotal] = [:]
        let query = PostgresQuery(unsafeSQL: """
            SELECT employee_id, sum(points)::bigint, count(*)::bigint FROM contributions
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY employee_id
            """, binds: binds)
        for row in try rows(query) {
            let (id, score, count) = try row.decode((String, Int, Int).self)
            totals[id] = ScoreTotal(score: score, count: count)
        }
        return totals
    }

    func recognitionCounts(in range: DateRange?) throws -> [String: Int] {
        var binds = PostgresBindings()
        let condition = PostgresStore.dates(range, into: &binds)
        var counts: [String: Int] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: "SELECT employee_id, count(*)::bigint FROM recognitions WHERE \(condition) GROUP BY employee_id",
                                          binds: binds)) {
            let (id, count) = try row.decode((String, Int).self)
            counts[id] = count
        }
        return counts
    }

    /// The condition for dates in `range` (its bounds bound as parameters): written out only
    /// for the bounds there are, so that the index on dates is used.
    static func dates(_ range: DateRange?, into binds: inout PostgresBindings) -> String {
        guard let range else { return "TRUE" }
        binds.append(range.from.description)
        binds.append(range.to.description)
        return "date BETWEEN $\(binds.count - 1)::date AND $\(binds.count)::date"
    }

    public func valueTags() throws -> [String] {
        try ready()
        return try rows("SELECT DISTINCT unnest(value_tags) AS tag FROM contributions ORDER BY tag").map { try $0.decode(String.self) }
    }

    /// Added up by SQL: one pass over the person's rows per kind (by the (employee, date)
    /// index), a filtered sum per period.
    public func personTotals(_ employeeID: String, periods: [Period]) throws -> [PersonTotals] {
        try ready()
        var binds = PostgresBindings()
        binds.append(employeeID)
        let conditions = periods.map { PostgresStore.dates($0.range, into: &binds) }
        var totals = Array(repeating: PersonTotals(), count: periods.count)
        let sums = conditions.map { "coalesce(sum(points) FILTER (WHERE \($0)), 0)::bigint, count(*) FILTER (WHERE \($0))::bigint" }
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT category, coalesce(idea_status, ''), \(sums.joined(separator: ", ")) FROM contributions
            WHERE employee_id = $1 GROUP BY 1, 2
            """, binds: binds)) {
            let cells = row.makeRandomAccess()
            let category = try cells[0].decode(String.self)
            let status = try cells[1].decode(String.self)
            guard let known = Category.allCases.firstIndex(where: { $0.rawValue == category }) else {
                throw KartrekkerError("the database holds a contribution of \(SafeText.escaped(employeeID)) with category \"\(SafeText.escaped(category))\", which this kartrekker does not know",
                                      details: ["`kartrekker check` lists every such row"])
            }
            let idea = IdeaStatus.allCases.firstIndex { $0.rawValue == status }
            for index in periods.indices {
                let figures = ScoreTotal(score: try cells[2 + 2 * index].decode(Int.self), count: try cells[3 + 2 * index].decode(Int.self))
                totals[index].total += figures
                totals[index].byCategory[known] += figures
                if let idea { totals[index].ideas[idea] += figures.count }
            }
        }
        let counts = conditions.map { "count(*) FILTER (WHERE \($0))::bigint" }
        if let row = try rows(PostgresQuery(unsafeSQL: "SELECT \(counts.joined(separator: ", ")) FROM recognitions WHERE employee_id = $1",
                                            binds: binds)).first {
            let cells = row.makeRandomAccess()
            for index in periods.indices { totals[index].recognitions = try cells[index].decode(Int.self) }
        }
        return totals
    }

    public func monthFigures(_ month: String) throws -> MonthFigures {
        try ready()
        guard let range = PostgresStore.range(ofMonth: month) else { return MonthFigures() }
        var figures = MonthFigures()
        let (from, to) = (range.from.description, range.to.description)
        if let row = try rows("""
            SELECT count(*)::bigint, count(DISTINCT employee_id)::bigint,
                   count(*) FILTER (WHERE idea_status IN ('adopted', 'implemented'))::bigint
            FROM contributions WHERE date BETWEEN \(from)::date AND \(to)::date
            """).first {
            (figures.contributions, figures.contributing, figures.ideasAdopted) = try row.decode((Int, Int, Int).self)
        }
        figures.recognitions = try rows("SELECT count(*)::bigint FROM recognitions WHERE date BETWEEN \(from)::date AND \(to)::date")
            .first.map { try $0.decode(Int.self) } ?? 0
        return figures
    }

    public func contributionsPerDay(in range: DateRange) throws -> [CalendarDate: Int] {
        try ready()
        var counts: [CalendarDate: Int] = [:]
        for row in try rows("""
            SELECT date::text, count(*)::bigint FROM contributions
            WHERE date BETWEEN \(range.from.description)::date AND \(range.to.description)::date GROUP BY date
            """) {
            let (day, count) = try row.decode((String, Int).self)
            if let date = CalendarDate(day) { counts[date] = count }
        }
        return counts
    }

    // MARK: RecordStore: writing

    public func add(_ employees: [Employee]) throws {
        try writing {
            for employee in employees {
                if try !rows("SELECT 1 FROM employees WHERE id = \(employee.id)").isEmpty {
                    throw KartrekkerError("an employee with id \(employee.id) already exists")
                }
                try insert(employee)
            }
        }
    }

    public func update(_ employee: Employee) throws {
        try writing {
            let changed = try rows("""
                UPDATE employees SET name = \(employee.name), team = \(employee.team), role = \(employee.role),
                    email = \(employee.email), start_date = \(employee.startDate?.description)::date, archived = \(employee.archived)
                WHERE id = \(employee.id) RETURNING id
                """)
            if changed.isEmpty { throw KartrekkerError("no employee has id \(employee.id)") }
        }
    }

    public func add<Record: MonthRecord>(_ records: [Record]) throws {
        // One statement for them all; the key refuses an id that exists.
        try writing(oneStatement: true) {
            do {
                try insert(records)
            } catch is LostWhileSaving {
                // The statement may have committed before the connection went: its ids tell
                // (one statement: all of them or none).
                let saved = try rows(PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(PostgresStore.table(Record.self)) WHERE id = ANY ($1)",
                                                   binds: { var binds = PostgresBindings(); binds.append(records.map(\.id)); return binds }()))
                    .first.map { try $0.decode(Int.self) } ?? 0
                guard saved < records.count else { return }
                do {
                    try insert(records)
                } catch is LostWhileSaving {
                    throw KartrekkerError("the connection to the database \(database.description) was lost while saving, and again when tried once more",
                                          details: ["whether it was saved is not known: look (kartrekker activity) before trying again"])
                }
            }
        }
    }

    /// An insert outside a transaction whose connection went before its answer came.
    struct LostWhileSaving: Error {}

    public func replace<Record: MonthRecord>(_ record: Record) throws {
        try writing {
            let removed = try rows(PostgresQuery(unsafeSQL: "DELETE FROM \(PostgresStore.table(Record.self)) WHERE id = $1 RETURNING id",
                                                 binds: PostgresStore.binds(record.id)))
            if removed.isEmpty { throw KartrekkerError("no record has id \(record.id)") }
            try insert(record)
        }
    }

    public func deleteContribution(id: String) throws -> Contribution {
        try writing {
            guard let found: Contribution = try record(Contribution.self, id: id) else {
                throw KartrekkerError("no contribution has id \(SafeText.escaped(id))")
            }
            try rows("UPDATE recognitions SET contribution_ids = array_remove(contribution_ids, \(id)) WHERE \(id) = ANY (contribution_ids)")
            try rows("DELETE FROM contributions WHERE id = \(id)")
            return found
        }
    }

    public func deleteRecognition(id: String) throws -> Recognition {
        try writing {
            guard let found: Recognition = try record(Recognition.self, id: id) else {
                throw KartrekkerError("no recognition has id \(SafeText.escaped(id))")
            }
            try rows("DELETE FROM recognitions WHERE id = \(id)")
            return found
        }
    }

    public func mayReplaceEverything() throws -> Bool {
        try ready()
        return try seesEverything()
    }

    public func replaceAllData(employees: [Employee], contributions: [Contribution], recognitions: [Recognition],
                               progress: (Int, Int) -> Void) throws {
        try ready()
        try requireWholeDatabase("replacing every record")
        try writing {
            try rows("DELETE FROM recognitions")
            try rows("DELETE FROM contributions")
            try rows("DELETE FROM employees")
            let total = employees.count + contributions.count + recognitions.count
            var done = 0
            for employee in employees {
                try insert(employee)
                done += 1
            }
            progress(done, total)
            for batch in stride(from: 0, to: contributions.count, by: 2000) {
                try insertContributions(Array(contributions[batch..<min(contributions.count, batch + 2000)]))
                done += min(2000, contributions.count - batch)
                progress(done, total)
            }
            for batch in stride(from: 0, to: recognitions.count, by: 2000) {
                try insertRecognitions(Array(recognitions[batch..<min(recognitions.count, batch + 2000)]))
                done += min(2000, recognitions.count - batch)
                progress(done, total)
            }
            // The planner's figures for the new rows, before anyone asks a board of them.
            try rows("ANALYZE")
        }
    }

    // MARK: RecordStore: privacy

    public func erasurePlan(of employeeID: String) throws -> Erasure {
        try erasure(of: employeeID, applying: false)
    }

    /// Removes the person, their records, and their name from everyone else's, in one
    /// transaction: afterwards no row holds their id or their name. (The server's own write-ahead
    /// log and backups are the database administrator's to age out.)
    public func erase(_ employeeID: String) throws -> Erasure {
        try writing { try erasure(of: employeeID, applying: true) }
    }

    private func erasure(of employeeID: String, applying: Bool) throws -> Erasure {
        try ready()
        try requireWholeDatabase("erasing an employee")
        let employees = try self.employees()
        guard let employee = employees.first(where: { $0.id == employeeID }) else {
            throw KartrekkerError("no employee has id \(SafeText.escaped(employeeID))")
        }
        var redaction = ErasureRedaction(of: employee)
        let others = employees.filter { $0.id != employeeID }.map { ($0, redaction.employee($0)) }.filter { $0.0 != $0.1 }.map(\.1)
        let contributions: [Contribution] = try select(Contribution.self, in: nil)
        let recognitions: [Recognition] = try select(Recognition.self, in: nil)
        let changedContributions = contributions.filter { $0.employeeId != employeeID }
            .map { ($0, redaction.contribution($0)) }.filter { $0.0 != $0.1 }.map(\.1)
        let changedRecognitions = recognitions.filter { $0.employeeId != employeeID }
            .map { ($0, redaction.recognition($0)) }.filter { $0.0 != $0.1 }.map(\.1)
        if applying {
            try rows("DELETE FROM recognitions WHERE employee_id = \(employeeID)")
            try rows("DELETE FROM contributions WHERE employee_id = \(employeeID)")
            for other in others { try update(other) }
            for record in changedContributions { try replace(record) }
            for record in changedRecognitions { try replace(record) }
            try rows("DELETE FROM employees WHERE id = \(employeeID)")
        }
        return Erasure(employee: employee, contributions: contributions.count { $0.employeeId == employeeID },
                       recognitions: recognitions.count { $0.employeeId == employeeID }, mentions: redaction.mentions, backups: 0)
    }

    // MARK: Rows

    static func range(ofMonth month: String) -> DateRange? {
        CalendarDate(month + "-01").flatMap { DateRange(from: $0, to: $0.lastOfMonth) }
    }

    static func table<Record: MonthRecord>(_ kind: Record.Type) -> String {
        Record.self == Contribution.self ? "contributions" : "recognitions"
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    private static let contributionColumns =
        "id, employee_id, date::text, category, note, channel, value_tags, project, idea_status, recorded_by, recorded_at"
    private static let recognitionColumns =
        "id, employee_id, date::text, kind, message, contribution_ids, visibility, recorded_by, recorded_at"

    func months<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [String] {
        let from = range?.from.description
        let to = range?.to.description
        return try rows(PostgresQuery(unsafeSQL: """
            SELECT DISTINCT to_char(date, 'YYYY-MM') AS month FROM \(PostgresStore.table(kind))
            WHERE ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date <= $2::date) ORDER BY month
            """, binds: { var binds = PostgresBindings(); binds.append(from); binds.append(to); return binds }()))
            .map { try $0.decode(String.self) }
    }

    private func select<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        var binds = PostgresBindings()
        let condition = PostgresStore.dates(range, into: &binds)
        return try select(kind, sql: condition, binds: binds)
    }

    private func select<Record: MonthRecord>(_ kind: Record.Type, where condition: PostgresQuery) throws -> [Record] {
        try select(kind, sql: condition.sql, binds: condition.binds)
    }

    private func select<Record: MonthRecord>(_ kind: Record.Type, sql condition: String, binds: PostgresBindings) throws -> [Record] {
        let columns = Record.self == Contribution.self ? PostgresStore.contributionColumns : PostgresStore.recognitionColumns
        let query = PostgresQuery(unsafeSQL: "SELECT \(columns) FROM \(PostgresStore.table(kind)) WHERE \(condition) ORDER BY date, id",
                                  binds: binds)
        return try rows(query).map(PostgresStore.decode)
    }

    /// A record of either kind from its row (`contributionColumns` or `recognitionColumns`).
    private static func decode<Record: MonthRecord>(_ row: PostgresRow) throws -> Record {
        if Record.self == Contribution.self { return try contribution(row) as! Record }
        return try recognition(row) as! Record
    }

    private func insert<Record: MonthRecord>(_ record: Record) throws {
        try insert([record])
    }

    /// Records of one kind, in one statement.
    private func insert<Record: MonthRecord>(_ records: [Record]) throws {
        let taken = KartrekkerError("a record with id \(records.count == 1 ? SafeText.escaped(records[0].id) : "among these") already exists")
        if let contributions = records as? [Contribution] {
            try insertContributions(contributions, keyTaken: taken)
        } else if let recognitions = records as? [Recognition] {
            try insertRecognitions(recognitions, keyTaken: taken)
        }
    }

    private func insert(_ employee: Employee) throws {
        try rows("""
            INSERT INTO employees (id, name, team, role, email, start_date, archived)
            VALUES (\(employee.id), \(employee.name), \(employee.team), \(employee.role), \(employee.email),
                    \(employee.startDate?.description)::date, \(employee.archived))
            """)
    }

    /// Many recognitions in one statement, as contributions.
    private func insertRecognitions(_ records: [Recognition], keyTaken: KartrekkerError? = nil) throws {
        guard !records.isEmpty else { return }
        let links = records.map { $0.contributionIds.joined(separator: "\u{1F}") }
        try rows("""
            INSERT INTO recognitions (id, employee_id, date, kind, message, contribution_ids, visibility, recorded_by, recorded_at)
            SELECT id, employee_id, date::date, kind, message,
                   CASE WHEN links = '' THEN '{}'::text[] ELSE string_to_array(links, E'\\x1F') END,
                   visibility, recorded_by, recorded_at
            FROM unnest(\(records.map(\.id)), \(records.map(\.employeeId)), \(records.map(\.date.description)),
                        \(records.map(\.kind.rawValue)), \(records.map(\.message)), \(links), \(records.map(\.visibility.rawValue)),
                        \(records.map(\.recordedBy)), \(records.map(\.recordedAt)))
                AS t(id, employee_id, date, kind, message, links, visibility, recorded_by, recorded_at)
            """, keyTaken: keyTaken)
    }

    /// Many contributions in one statement (arrays unnested): the points come from Core.
    private func insertContributions(_ records: [Contribution], keyTaken: KartrekkerError? = nil) throws {
        guard !records.isEmpty else { return }
        if records.count == 1 {
            // One, as plain values: what a team lead's log costs the server most often.
            let record = records[0]
            try rows("""
                INSERT INTO contributions (id, employee_id, date, category, note, channel, value_tags, project, idea_status, points,
                                           recorded_by, recorded_at)
                VALUES (\(record.id), \(record.employeeId), \(record.date.description)::date, \(record.category.rawValue), \(record.note),
                        \(record.channel?.rawValue), \(record.values), \(record.project), \(record.ideaStatus?.rawValue), \(record.points),
                        \(record.recordedBy), \(record.recordedAt))
                """, keyTaken: keyTaken)
            return
        }
        // Tags travel as one text per record (a unit separator between them): arrays of arrays
        // must be rectangular in PostgreSQL. A missing channel, project or status travels as ''.
        let tags = records.map { $0.values.joined(separator: "\u{1F}") }
        try rows("""
            INSERT INTO contributions (id, employee_id, date, category, note, channel, value_tags, project, idea_status, points,
                                       recorded_by, recorded_at)
            SELECT id, employee_id, date::date, category, note, nullif(channel, ''),
                   CASE WHEN tags = '' THEN '{}'::text[] ELSE string_to_array(tags, E'\\x1F') END,
                   nullif(project, ''), nullif(idea_status, ''), points, recorded_by, recorded_at
            FROM unnest(\(records.map(\.id)), \(records.map(\.employeeId)), \(records.map(\.date.description)),
                        \(records.map(\.category.rawValue)), \(records.map(\.note)), \(records.map { $0.channel?.rawValue ?? "" }),
                        \(tags), \(records.map { $0.project ?? "" }), \(records.map { $0.ideaStatus?.rawValue ?? "" }), \(records.map(\.points)),
                        \(records.map(\.recordedBy)), \(records.map(\.recordedAt)))
                AS t(id, employee_id, date, category, note, channel, tags, project, idea_status, points, recorded_by, recorded_at)
            """, keyTaken: keyTaken)
    }

    private static func employee(_ row: PostgresRow) throws -> Employee {
        let (id, name, team, role, email, start, archived) = try row.decode((String, String, String, String?, String?, String?, Bool).self)
        return Employee(id: id, name: name, team: team, role: role, email: email, startDate: start.flatMap(CalendarDate.init),
                        archived: archived)
    }

    private static func contribution(_ row: PostgresRow) throws -> Contribution {
        let (id, employeeID, date, category, note, channel, values, project, status, by, at) =
            try row.decode((String, String, String, String, String, String?, [String], String?, String?, String, Date).self)
        guard let day = CalendarDate(date), let kind = KartrekkerCore.Category(rawValue: category) else {
            throw KartrekkerError("the database holds contribution \(SafeText.escaped(id)) with a date or category this kartrekker does not know")
        }
        return Contribution(id: id, employeeId: employeeID, date: day, category: kind, note: note,
                            channel: channel.flatMap(Channel.init(rawValue:)), values: values, project: project,
                            ideaStatus: status.flatMap(IdeaStatus.init(rawValue:)), recordedBy: by, recordedAt: at)
    }

    private static func recognition(_ row: PostgresRow) throws -> Recognition {
        let (id, employeeID, date, kind, message, ids, visibility, by, at) =
            try row.decode((String, String, String, String, String, [String], String, String, Date).self)
        guard let day = CalendarDate(date), let known = RecognitionKind(rawValue: kind), let seen = Visibility(rawValue: visibility) else {
            throw KartrekkerError("the database holds recognition \(SafeText.escaped(id)) with a date or kind this kartrekker does not know")
        }
        return Recognition(id: id, employeeId: employeeID, date: day, kind: known, message: message, contributionIds: ids,
                           visibility: seen, recordedBy: by, recordedAt: at)
    }
}
#endif
