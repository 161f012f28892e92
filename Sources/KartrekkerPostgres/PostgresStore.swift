#if PostgreSQL
import Foundation
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// The organisation's records in PostgreSQL: the same questions and changes as the data
/// directory, answered by queries (totals from SQL, ranking from Core), written in
/// transactions. A session is synchronous and single-threaded, so each store holds one
/// connection and waits for each query; work off the UI's key path opens a store of its own
/// (on a connection from the pool, in the terminal UI).
///
/// Here: the connection, the schema, transactions and change notices; reading in
/// `PostgresStoreQueries`, writing in `PostgresStoreWrites`, rows in `PostgresStoreRows`, who
/// may do what in `PostgresStoreAccess`, `check` in `PostgresStoreCheck`.
public final class PostgresStore: RecordStore {
    public let database: PostgresLocation
    private let password: String?
    /// Why the password could not be read (a password file others may read): said when
    /// connecting, before anything is sent.
    private let passwordRefused: KartrekkerError?
    private var connection: PostgresConnection?
    let logger = Logger(label: "kartrekker.postgres")
    let blocking = Blocking()
    private var transactionDepth = 0
    /// A change was committed (or is in the transaction) that readers have not been told of.
    private var unannounced = false

    /// Set when a connection was lost: a new one is made rather than taken from the pool.
    private var bypassPool = false
    /// Whether the connection goes back to the process's pool when the store goes (the terminal
    /// UI: a store per load) rather than being closed (a command: one store, then the end).
    private let pooled: Bool

    /// How long a write waits for another's to finish before it gives up, in seconds.
    private let lockTimeout: Double

    public init(_ location: PostgresLocation, environment: [String: String] = ProcessInfo.processInfo.environment,
                pooled: Bool = false, lockTimeout: Double = 10) {
        database = location
        do {
            password = try location.password(environment: environment)
            passwordRefused = nil
        } catch {
            password = nil
            passwordRefused = error as? KartrekkerError ?? KartrekkerError("\(error)", nl: "\(error)")
        }
        self.pooled = pooled
        self.lockTimeout = lockTimeout
    }

    public var location: String { database.description }

    /// The role signed in: the database records it as the writer (`session_user`).
    public var recorder: String? { database.user }

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
    public static func opener(_ location: PostgresLocation, pooled: Bool = false) -> StoreOpener {
        { lockTimeout in PostgresStore(location, pooled: pooled, lockTimeout: lockTimeout) }
    }

    // MARK: Connection

    func connected() throws -> PostgresConnection {
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
        if let passwordRefused { throw passwordRefused }
        let configuration = try PostgresStore.configuration(database, password: password)
        let logger = self.logger
        do {
            let made = try blocking.wait { try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger) }
            connection = made
            return made
        } catch {
            let reason = PostgresStore.explain(error)
            // NIOSSL's words for a certificate it would not take.
            let untrusted = reason.contains("CERTIFICATE_VERIFY_FAILED") || reason.contains("certificate verify failed")
                || reason.contains("unableToValidateCertificate")
            if let error = error as? PSQLError, error.code == .sslUnsupported {
                throw KartrekkerError("the database server at \(database.description) does not offer TLS, and kartrekker sends personal data over a network only encrypted",
                                      nl: "de databaseserver op \(database.description) biedt geen TLS, en kartrekker stuurt persoonsgegevens alleen versleuteld over een netwerk",
                                      details: ["on a network trusted end to end, add ?sslmode=disable to the address",
                                                "otherwise have its administrator give the server a certificate (ssl = on in postgresql.conf)"],
                                                nlDetails: ["op een netwerk dat van begin tot eind vertrouwd is: voeg ?sslmode=disable toe aan het adres", "anders geeft de beheerder de server een certificaat (ssl = on in postgresql.conf)"])
            }
            throw KartrekkerError("cannot reach the database \(database.description): \(reason)",
                                  nl: "de database \(database.description) is niet bereikbaar: \(reason)",
                                  details: untrusted ? ["the server's certificate is not signed by a certificate this machine trusts: give the organisation's "
                                                        + "with ?sslrootcert=FILE (or ?sslmode=require to encrypt without checking it)"] : [])
        }
    }

    /// How to reach `database`: its socket, or its host without TLS.
    static func configuration(_ database: PostgresLocation, password: String?) throws -> PostgresConnection.Configuration {
        if let socket = database.socketPath {
            return .init(unixSocketPath: socket, username: database.user, password: password, database: database.database)
        }
        let tls: PostgresConnection.Configuration.TLS
        var settings = TLSConfiguration.makeClientConfiguration()
        switch database.encryption {
        case .disable:
            tls = .disable
        case .require:
            settings.certificateVerification = .none
            tls = .require(try PostgresStore.context(settings, database))
        case .verifyFull:
            if let roots = database.rootCertificates { settings.trustRoots = .file(roots) }
            tls = .require(try PostgresStore.context(settings, database))
        }
        return .init(host: database.host ?? "localhost", port: database.port, username: database.user, password: password,
                     database: database.database, tls: tls)
    }

    private static func context(_ settings: TLSConfiguration, _ database: PostgresLocation) throws -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: settings)
        } catch {
            throw KartrekkerError("cannot set up TLS for \(database.description): \(error)",
                                  nl: "TLS voor \(database.description) lukt niet: \(error)",
                                  details: database.rootCertificates.map { ["is sslrootcert=\(SafeText.escaped($0)) a readable PEM file of certificates?"] } ?? [])
        }
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
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55P03" {
            throw WriteLockBusy()
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
                throw KartrekkerError("the database \(database.description) refused a query: \(PostgresStore.explain(error))",
                                      nl: "de database \(database.description) weigerde een opvraging: \(PostgresStore.explain(error))")
            }
        } catch let error as KartrekkerError {
            throw error
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == PostgresStore.insufficientPrivilege {
            throw PostgresStore.refusal(error, role: database.user)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23503" {
            throw KartrekkerError("the database \(database.description) refused a write: \(PostgresStore.explain(error))",
                                  nl: "de database \(database.description) weigerde een schrijfactie: \(PostgresStore.explain(error))",
                                  details: ["an employee it refers to is not there (erased or removed meanwhile); look again and retry"],
                                  nlDetails: ["een medewerker waarnaar het verwijst is er niet meer (intussen gewist of verwijderd); kijk opnieuw en probeer het nog eens"])
        } catch {
            throw KartrekkerError("the database \(database.description) refused a query: \(PostgresStore.explain(error))",
                                  nl: "de database \(database.description) weigerde een opvraging: \(PostgresStore.explain(error))")
        }
    }

    /// What the database refused this role, the reason first (a form shows one line of it).
    static func refusal(_ error: PSQLError, role: String) -> KartrekkerError {
        let server = explain(error)
        let reason = server.contains("row-level security") ? "it is not for a team \(role) leads" : "the database refused it (\(server))"
        return KartrekkerError("\(role) may not do this: \(reason)", nl: "\(role) mag dit niet: \(reason)",
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
                        nl: "de verbinding met de database \(database.description) viel weg midden in een schrijfactie; er is niets van bewaard",
                        details: ["try again: kartrekker connects anew"],
                        nlDetails: ["probeer het opnieuw: kartrekker maakt een nieuwe verbinding"])
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
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// Makes a new, empty database beside the one `admin` names (for tests and for trying
    /// kartrekker out); returns its location.
    public static func createDatabase(_ name: String, beside admin: PostgresLocation) throws -> PostgresLocation {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw KartrekkerError("a database name is letters, digits and _ only",
                                  nl: "een databasenaam bestaat alleen uit letters, cijfers en _")
        }
        try PostgresStore(admin).rows(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        return admin.onDatabase(name)
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
        // The lock of databases before version 4 (which have no write_lock table yet): taken
        // by the owner alone, for a moment.
        try transaction(lock: .advisory) {
            let version = try schemaVersion()
            if version > PostgresSchema.current {
                throw KartrekkerError("the database has schema version \(version), newer than this kartrekker knows (\(PostgresSchema.current)); update kartrekker",
                                      nl: "de database heeft schemaversie \(version), nieuwer dan deze kartrekker kent (\(PostgresSchema.current)); werk kartrekker bij")
            }
            if version < 2, try !mayMakeGroupRoles() {
                throw KartrekkerError("db migrate makes the group roles \(PostgresSchema.teamLeadRole) and \(PostgresSchema.hrRole) (once per server), and the role \(database.user) may not create roles",
                                      nl: "db migrate maakt de groepsrollen \(PostgresSchema.teamLeadRole) en \(PostgresSchema.hrRole) (eenmaal per server), en de rol \(database.user) mag geen rollen maken",
                                      details: ["give it CREATEROLE (ALTER ROLE \(PostgresStore.identifier(database.user)) CREATEROLE), which `db lead` and `db hr` need as well",
                                                "or have the administrator make them first: CREATE ROLE \(PostgresSchema.teamLeadRole) NOLOGIN; CREATE ROLE \(PostgresSchema.hrRole) NOLOGIN"])
            }
            if version == 0 { try rows("CREATE TABLE schema_version (version integer NOT NULL)") }
            var applied: [Int] = []
            let schema = try rows("SELECT current_schema()::text").first.map { try $0.decode(String.self) } ?? "public"
            for (index, statements) in PostgresSchema.migrations(in: schema).enumerated() where index + 1 > version {
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
            throw KartrekkerError("the database \(database.description) has no kartrekker tables yet",
                                  nl: "de database \(database.description) heeft nog geen tabellen van kartrekker", details: ["run `kartrekker db migrate --store \(database.description)`"], nlDetails: ["draai `kartrekker db migrate --store \(database.description)`"])
        }
        if version < PostgresSchema.current {
            throw KartrekkerError("the database \(database.description) has schema version \(version); this kartrekker needs \(PostgresSchema.current)",
                                  nl: "de database \(database.description) heeft schemaversie \(version); deze kartrekker heeft \(PostgresSchema.current) nodig",
                                  details: ["the database's owner runs `kartrekker db migrate --store \(database.description)`"],
                                  nlDetails: ["de eigenaar van de database draait `kartrekker db migrate --store \(database.description)`"])
        }
        if version > PostgresSchema.current {
            throw KartrekkerError("the database has schema version \(version), newer than this kartrekker knows (\(PostgresSchema.current)); update kartrekker",
                                  nl: "de database heeft schemaversie \(version), nieuwer dan deze kartrekker kent (\(PostgresSchema.current)); werk kartrekker bij")
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

    public var warnings: [Phrase] { [] }

    public var notices: [Phrase] { [] }

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

    /// One transaction, writers one after another (the table `write_lock`, which only roles
    /// that may write can lock, as the data directory's file lock): what a write checks stays
    /// true until it commits.
    public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        try transaction(body)
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
        defer {
            addingRecords = false
            if unannounced { announceChange() }
        }
        return try body()
    }

    /// Inside `withRecordWriteLock`: a single-statement write commits by itself.
    private var addingRecords = false

    /// Another write held the lock past the lock timeout (SQLSTATE 55P03).
    struct WriteLockBusy: Error {}

    /// Who holds the write lock, in the words of the data directory's held lock.
    private func writeLockHeld() throws -> KartrekkerError {
        let holder = try rows("""
            SELECT a.usename::text || ', from ' || coalesce(host(a.client_addr), 'this machine') || ', process ' || a.pid
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.granted AND ((l.locktype = 'advisory' AND l.objid = \(PostgresStore.writeLock))
                                 OR (l.locktype = 'relation' AND l.relation = to_regclass('write_lock') AND l.mode = 'ExclusiveLock'))
            LIMIT 1
            """).first.map { try $0.decode(String.self) }
        return KartrekkerError("the database is being written by another kartrekker (\(holder.map(SafeText.escaped) ?? "unknown holder")); waited \(Int(lockTimeout)) s",
                               nl: "de database wordt beschreven door een andere kartrekker (\(holder.map(SafeText.escaped) ?? "onbekend wie")); \(Int(lockTimeout)) s gewacht",
                               details: ["nothing was changed; try again when it is done (KARTREKKER_LOCK_TIMEOUT sets how long to wait)"],
                               nlDetails: ["er is niets gewijzigd; probeer het opnieuw als die klaar is (KARTREKKER_LOCK_TIMEOUT zegt hoe lang te wachten)"])
    }

    /// The advisory lock's key (any constant; kartrekker's own database), for migrations only.
    private static let writeLock = 7406

    /// What a transaction waits for: the write lock's table, or (for a migration, before the
    /// table exists) the advisory lock of old.
    enum WriteLockKind { case table, advisory }

    private func transaction<T>(lock: WriteLockKind = .table, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        _ = try connected()
        try rows("BEGIN")
        do {
            // Waited for as long as the session's lock timeout, as the data directory's file lock
            // (0 must not mean "for ever", as it does to PostgreSQL).
            try rows(PostgresQuery(unsafeSQL: "SELECT set_config('lock_timeout', '\(PostgresStore.milliseconds(lockTimeout))ms', true)"))
            switch lock {
            case .table: try rows("LOCK TABLE write_lock IN EXCLUSIVE MODE")
            case .advisory: try rows(PostgresQuery(unsafeSQL: "SELECT pg_advisory_xact_lock(\(PostgresStore.writeLock))"))
            }
        } catch is WriteLockBusy {
            _ = try? rows("ROLLBACK")
            throw try writeLockHeld()
        } catch {
            // Never leave the connection inside a transaction that did not begin its work.
            _ = try? rows("ROLLBACK")
            throw error
        }
        transactionDepth += 1
        let announcedBefore = !unannounced
        do {
            let result = try body()
            transactionDepth -= 1
            try rows("COMMIT")
            if unannounced { announceChange() }
            return result
        } catch {
            transactionDepth -= 1
            _ = try? rows("ROLLBACK")
            // What the transaction wrote is gone; what was committed before it stands.
            if announcedBefore { unannounced = false }
            throw error
        }
    }

    /// A lock timeout in whole milliseconds for PostgreSQL, at least 1 (0 is "for ever" there);
    /// the session's configuration has refused what is not finite or not below a day.
    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite else { return 86_400_000 }
        return Int(min(max(seconds * 1000, 1), 86_400_000))
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
        unannounced = false
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
    func writing<T>(oneStatement: Bool = false, _ body: () throws -> T) throws -> T {
        try ready()
        if oneStatement, addingRecords, transactionDepth == 0 {
            let result = try body()
            unannounced = true
            return result
        }
        return try withWriteLock {
            unannounced = true
            return try body()
        }
    }
}
#endif
