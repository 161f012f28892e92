import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerPort
import KartrekkerStore

/// The data as a whole: the demo, exports, erasure, and checking the files.
extension Session {
    /// Fills the data directory with the demo organisation at today. A directory with data is
    /// refused (`NotEmptyError`) unless `replacing`; the replaced files are kept in `backups/`.
    /// `progress(done, total)` follows the files written.
    public func loadDemo(employees: Int = DemoOrganisation.defaultEmployees, years: Int = DemoOrganisation.defaultYears,
                         seed: UInt64 = DemoOrganisation.defaultSeed, replacing: Bool = false,
                         progress: (Int, Int) -> Void = { _, _ in }) throws -> DemoSummary {
        let organisation = DemoOrganisation(employees: employees, years: years, seed: seed, today: today)
        try store.withWriteLock {
            if !replacing, try !store.isEmpty() { throw NotEmptyError(directory: dataDirectory) }
            try store.replaceAllData(employees: organisation.employees, contributions: organisation.contributions,
                                     recognitions: organisation.recognitions, progress: progress)
        }
        return DemoSummary(employees: organisation.employees.count, contributions: organisation.contributions.count,
                           recognitions: organisation.recognitions.count)
    }

    /// Everything, for `export`.
    public func exportAll() throws -> DataExport {
        DataExport(employees: try store.employees(), contributions: try store.contributions(),
                   recognitions: try store.recognitions())
    }

    /// Everything stored about one person, as JSON text (for a request under the GDPR/AVG).
    public func personalExport(of reference: String) throws -> (employee: Employee, json: String) {
        let person = try employee(reference)
        let history = try store.history(of: person.id)
        // Others' entries an erasure would redact: those that name them, and what they recorded.
        let redaction = ErasureRedaction(of: person)
        var mentions = try store.employees().filter { $0.id != person.id }.flatMap { PersonalData.mentions(in: $0, by: redaction) }
        var recorded: (contributions: [Contribution], recognitions: [Recognition]) = ([], [])
        try store.forEachMonth(Contribution.self, in: nil, newestFirst: false) { month in
            for record in month where record.employeeId != person.id {
                if redaction.mentions(record.recordedBy) { recorded.contributions.append(record) }
                mentions += PersonalData.mentions(in: record, by: redaction)
            }
        }
        try store.forEachMonth(Recognition.self, in: nil, newestFirst: false) { month in
            for record in month where record.employeeId != person.id {
                if redaction.mentions(record.recordedBy) { recorded.recognitions.append(record) }
                mentions += PersonalData.mentions(in: record, by: redaction)
            }
        }
        let value = PersonalData.export(person, contributions: history.contributions, recognitions: history.recognitions,
                                        mentions: mentions, recorded: recorded, at: configuration.clock.now())
        return (person, JSONWriter.string(value) + "\n")
    }

    /// What erasing the person would remove, changing nothing.
    public func erasurePlan(of reference: String) throws -> Erasure {
        try store.erasurePlan(of: try employee(reference).id)
    }

    /// Erases the person and every trace of them, backups included.
    public func erase(_ reference: String) throws -> Erasure {
        try store.erase(try employee(reference).id)
    }

    /// Refuses an export target inside the data directory (or the directory itself): an export
    /// must never replace a data file or leave copies among them.
    public func refuseExportInside(_ path: String) throws {
        func resolved(_ path: String) -> String {
            // The nearest existing ancestor, with links resolved, then what is below it.
            var existing = URL(fileURLWithPath: path).standardizedFileURL
            var rest: [String] = []
            while !FileManager.default.fileExists(atPath: existing.path) && existing.path != "/" {
                rest.insert(existing.lastPathComponent, at: 0)
                existing = existing.deletingLastPathComponent()
            }
            return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.standardizedFileURL.path
        }
        let data = resolved(dataDirectory.path)
        let target = resolved(path)
        if target == data || target.hasPrefix(data + "/") {
            throw KartrekkerError("\(SafeText.escaped(path)) is inside the data directory \(SafeText.escaped(dataDirectory.path)); export to a place outside it",
                                  nl: "\(SafeText.escaped(path)) ligt in de gegevensmap \(SafeText.escaped(dataDirectory.path)); exporteer naar een plek daarbuiten")
        }
    }

    /// The backups kartrekker keeps of the data directory, newest first. A database keeps none
    /// of its own: its backups are its administrator's.
    public func backups() throws -> [BackupFile] {
        guard let directory = store as? DataStore else {
            throw KartrekkerError("kartrekker keeps no backups of a database: \(storeDescription)'s are its administrator's (pg_dump, the server's base backups)",
                                  nl: "kartrekker maakt geen reservekopieën van een database: die van \(storeDescription) zijn aan de beheerder (pg_dump, de basisback-ups van de server)")
        }
        try directory.requireDirectory()
        return directory.backupFiles()
    }

    /// Reads every data file exactly as it is on disk (no interrupted write completed, nothing
    /// written) and reports what is wrong.
    public func check(progress: (Int, Int) -> Void = { _, _ in }) throws -> CheckReport {
        try store.checkEverything(progress: progress)
    }

    /// The line `check` prints when all is sound: what was read, and where.
    public func checkSummary(_ report: CheckReport) -> String {
        guard store.isDatabase else { return report.summary + " in " + dataDirectory.path }
        return "ok: \(Display.count(report.employees, "employee")), \(Display.count(report.contributions, "contribution")), "
            + "\(Display.count(report.recognitions, "recognition")) and their month totals in \(store.location)"
    }

    /// Whether the records are the organisation's database.
    public var isOnDatabase: Bool { store.isDatabase }

    /// The database's schema, totals and roles, for a `db` command (`command` names it in the
    /// error where the session is on a data directory).
    public func administration(for command: String) throws -> any DatabaseAdministration {
        guard let database = store as? any DatabaseAdministration else {
            throw KartrekkerError("\(command) needs a database: give --store postgres://USER@HOST/DB or set KARTREKKER_STORE",
                                  nl: "\(command) heeft een database nodig: geef --store postgres://GEBRUIKER@HOST/DB of zet KARTREKKER_STORE")
        }
        return database
    }

    /// What this user may do, where the store has roles (a database); `nil` otherwise.
    public func accessSummary() throws -> Phrase? { try store.accessSummary() }
}

extension Session {
    /// What moving everything into another store copied, and the boards compared afterwards.
    public struct Copy: Sendable {
        public let employees: Int
        public let contributions: Int
        public let recognitions: Int
        /// The boards (every kind of period at today, all time included, and the nudges) found
        /// the same in both stores.
        public let boardsCompared: Int
    }

    /// Copies every employee and record into `target`, which must be empty, in one write; then
    /// checks that every board and the nudges are the same there as here (an error names the
    /// first that is not).
    public func copyEverything(to target: any RecordStore, progress: (Int, Int) -> Void = { _, _ in }) throws -> Copy {
        let employees = try store.employees()
        let contributions = try store.contributions()
        let recognitions = try store.recognitions()
        try target.withWriteLock {
            guard try target.isEmpty() else {
                throw KartrekkerError("\(target.location) already holds employees or records; kartrekker copies only into an empty store and changed nothing",
                                      nl: "\(target.location) bevat al medewerkers of gegevens; kartrekker kopieert alleen naar een lege opslag en wijzigde niets")
            }
            try target.replaceAllData(employees: employees, contributions: contributions, recognitions: recognitions, progress: progress)
        }
        let today = self.today
        var compared = 0
        for kind in PeriodKind.steppable {
            let period = Period(kind, containing: today)
            for filter in [LeaderboardFilter()] + Set(employees.map(\.team)).sorted().map({ LeaderboardFilter(team: $0) }) {
                guard try store.leaderboard(period, filter: filter, top: nil) == target.leaderboard(period, filter: filter, top: nil) else {
                    throw KartrekkerError("the copy in \(target.location) gives another \(kind) board\(filter.team.map { " for \($0)" } ?? "") than \(store.location); check both",
                                          nl: "de kopie in \(target.location) geeft een andere ranglijst (\(kind))\(filter.team.map { " voor \($0)" } ?? "") dan \(store.location); controleer beide")
                }
                compared += 1
            }
        }
        guard try store.nudges(at: today) == target.nudges(at: today) else {
            throw KartrekkerError("the copy in \(target.location) gives other nudges than \(store.location); check both",
                                  nl: "de kopie in \(target.location) geeft andere herinneringen dan \(store.location); controleer beide")
        }
        return Copy(employees: employees.count, contributions: contributions.count, recognitions: recognitions.count,
                    boardsCompared: compared + 1)
    }
}
