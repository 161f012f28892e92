import Foundation
import KartrekkerCore

/// Where an organisation's employees and records are kept, asked in the domain's terms: the
/// data directory (the embedded default) or an organisation's database. A session
/// reaches its records only through this, so the commands, the screens and the rules are the
/// same whichever keeps them.
///
/// Totals come from the store (the data directory adds up its summaries; a database would ask
/// SQL), the ranking from Core.
public protocol RecordStore: AnyObject {
    /// Where the records are, for messages (never a password).
    var location: String { get }
    /// Warnings a reading command shows after its result (data from a newer kartrekker: the
    /// store is read-only).
    var warnings: [Phrase] { get }
    /// What the store did on its own that the user is told of (an interrupted write completed).
    var notices: [Phrase] { get }
    /// Who the store records as the writer of a record, where the store decides it (a
    /// database: the role signed in); `nil` where the session's user is recorded.
    var recorder: String? { get }
    /// Whether there are no employees and no records yet.
    func isEmpty() throws -> Bool
    /// A value that changes whenever anyone changes the data; cheap enough to poll.
    func changeStamp() -> ChangeStamp
    /// Runs `body` as one write: nobody else writes meanwhile, and what it reads is current.
    func withWriteLock<T>(_ body: () throws -> T) throws -> T
    /// Runs `body`, which only adds records for existing employees, as one write. Such writes
    /// may run side by side where the store can keep them apart (a database's keys); they
    /// never overlap a write that changes employees.
    func withRecordWriteLock<T>(_ body: () throws -> T) throws -> T

    // MARK: Reading

    /// Every employee, archived ones included.
    func employees() throws -> [Employee]
    func employeeDirectory() throws -> EmployeeDirectory
    /// The teams an employee may be put in, by name: those in use, and on a database a team
    /// lead's own teams too, with people in them yet or not.
    func assignableTeams() throws -> [String]
    /// The employee with this id (archived or not), or `nil`.
    func employee(id: String) throws -> Employee?
    func record<Record: DatedRecord>(_ kind: Record.Type, id: String) throws -> Record?
    /// The records dated in `range` (all of them for `nil`).
    func records<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record]
    /// The records in `range`, a month at a time (newest month first when asked), none kept:
    /// memory stays flat however long the history.
    func forEachMonth<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, newestFirst: Bool,
                                           _ body: ([Record]) throws -> Void) throws
    /// At least the newest `count` records dated in `range` that pass `test` (all that pass
    /// when fewer do, or when `count` is `nil`), whole days at a time so that a day's order can
    /// be decided. `refine`, where given, is asked of each whole record as well (a contact moment,
    /// a story: what the cheap test cannot see).
    func newest<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, atLeast count: Int?, refining refine: ((Record) -> Bool)?,
                                     passing test: (_ employeeID: String, _ day: CalendarDate, _ category: Category?) -> Bool)
        throws -> [Record]
    /// Everything recorded about one employee, oldest first.
    func history(of employeeID: String) throws -> (contributions: [Contribution], recognitions: [Recognition])
    /// One employee's newest `count` records (newest months first), and all of theirs dated
    /// from `since` on.
    func latestRecords<Record: DatedRecord>(_ kind: Record.Type, of employeeID: String, count: Int, since: CalendarDate?) throws
        -> [Record]
    /// The date of each of `employees`' latest record on or before `day`.
    func latestDates<Record: DatedRecord>(_ kind: Record.Type, upTo day: CalendarDate, of employees: Set<String>) throws
        -> [String: CalendarDate]

    // MARK: Totals

    func leaderboard(_ period: Period, filter: LeaderboardFilter, top: Int?) throws -> Leaderboard
    func nudges(at: CalendarDate) throws -> Nudges
    /// Each employee's score and count over `range` (all time for `nil`) under `filter`.
    func contributionTotals(in range: DateRange?, filter: LeaderboardFilter) throws -> [String: ScoreTotal]
    /// Each employee's recognitions dated in `range` (all time for `nil`), counted.
    func recognitionCounts(in range: DateRange?) throws -> [String: Int]
    /// Every brand-value tag in use.
    func valueTags() throws -> [String]
    /// Whether any record of `kind` holds a field the contract's shape lacks (a contact moment,
    /// a story, a decline's reason, an amount): CSV then carries those columns.
    func holdsFieldsAfterContract<Record: DatedRecord>(_ kind: Record.Type) throws -> Bool
    /// One employee's totals over each of `periods`.
    func personTotals(_ employeeID: String, periods: [Period]) throws -> [PersonTotals]
    /// What the days of `range` add up to across everyone.
    func figures(in range: DateRange) throws -> PeriodFigures
    /// How many contributions are dated on each day of `range`.
    func contributionsPerDay(in range: DateRange) throws -> [CalendarDate: Int]

    // MARK: Writing

    func add(_ employees: [Employee]) throws
    func update(_ employee: Employee) throws
    func add<Record: DatedRecord>(_ records: [Record]) throws
    /// Replaces the stored record with the same id.
    func replace<Record: DatedRecord>(_ record: Record) throws
    /// Deletes a contribution and unlinks it from the recognitions that were for it.
    func deleteContribution(id: String) throws -> Contribution
    func deleteRecognition(id: String) throws -> Recognition
    /// Whether this user may change anything at all (HR on a database reads only).
    func mayWrite() throws -> Bool
    /// Whether this user may replace every employee and record (load the demo): on a database
    /// only its owner, who sees every team, may.
    func mayReplaceEverything() throws -> Bool
    /// Replaces every employee and record, all or nothing; `progress(done, total)`.
    func replaceAllData(employees: [Employee], contributions: [Contribution], recognitions: [Recognition],
                        progress: (Int, Int) -> Void) throws

    // MARK: Privacy

    /// The organisation's settings (the retention period, …), kept with the data.
    func settings() throws -> OrganisationSettings
    /// The residents' scores typed in, by quarter and contact moment.
    func residentScores() throws -> [ResidentScore]
    /// Keeps `score` (replacing the one of its quarter, moment and team; `nil` score removes
    /// it). On a database a team lead sets her own teams' scores; the owner any.
    func saveResidentScore(_ score: ResidentScore, removing: Bool) throws
    /// Saves the settings (whoever may replace everything).
    func saveSettings(_ settings: OrganisationSettings) throws
    /// What purging the records dated before `day` would remove.
    func purgePlan(before day: CalendarDate) throws -> Purge
    /// Removes the records dated before `day` and what only they kept (see `Purge`), all or
    /// nothing.
    func purge(before day: CalendarDate) throws -> Purge
    /// What an erasure would remove.
    func erasurePlan(of employeeID: String) throws -> Erasure
    /// Removes the employee and every trace of them.
    func erase(_ employeeID: String) throws -> Erasure

    // MARK: Checking and access

    /// Reads everything, changing nothing (an interrupted write is reported, not completed),
    /// and reports each problem with its place: a file's line and column, a table's row.
    func checkEverything(progress: (Int, Int) -> Void) throws -> CheckReport
    /// Whether the records are the organisation's database (roles, no files, no backups of
    /// kartrekker's own), not a data directory.
    var isDatabase: Bool { get }
    /// What this user may do, in a few words, where the store has roles; `nil` otherwise.
    func accessSummary() throws -> Phrase?
    /// Each role and what it may do, for the privacy statement, where this user may list
    /// them (a database's owner); `nil` otherwise.
    func roleLines() throws -> [String]?
}

/// Opens a store for a session; `lockTimeout`: how long, in seconds, a write waits for
/// another's.
public typealias StoreOpener = @Sendable (_ lockTimeout: Double) -> any RecordStore
