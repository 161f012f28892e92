import Foundation
import KartrekkerCore
import KartrekkerPort

/// The organisation's settings (`settings.json`) and the purge of records older than its
/// retention period.
extension DataStore {
    static let settingsFile = "settings.json"

    /// `settings.json` as stored: the retention period and the day before which records were
    /// purged, both optional.
    struct SettingsFile: Codable {
        var schemaVersion = 1
        var retention: String?
        var purgedBefore: String?
        var board: String?
        var nudges: Bool?
        var contactMoments: [String]?
        var residentScores: [StoredScore]?
        var budgets: [StoredBudget]?
    }

    /// A mandate budget as `settings.json` keeps it (the amount as euros and cents, `2500.00`).
    struct StoredBudget: Codable, Equatable {
        var team: String
        var year: Int
        var amount: String
    }

    /// A resident score as `settings.json` keeps it.
    struct StoredScore: Codable, Equatable {
        var quarter: String
        var contactMoment: String
        var team: String?
        var score: Double
    }

    /// The settings (none set where there is no `settings.json`). A damaged file is an error
    /// naming it: a retention period must not quietly lapse.
    public func settings() throws -> OrganisationSettings {
        guard let stored = try settingsFile() else { return OrganisationSettings() }
        let retention = try stored.retention.map { text in
            guard let period = RetentionPeriod(text) else {
                throw KartrekkerError("\(DataStore.settingsFile): retention \"\(SafeText.escaped(text))\" is not a period such as 5y or 18m",
                                      nl: "\(DataStore.settingsFile): bewaartermijn \"\(SafeText.escaped(text))\" is geen periode zoals 5y of 18m")
            }
            return period
        }
        let purged = try stored.purgedBefore.map { text in
            guard let day = CalendarDate(text) else {
                throw KartrekkerError("\(DataStore.settingsFile): purgedBefore \"\(SafeText.escaped(text))\" is not a date (YYYY-MM-DD)",
                                      nl: "\(DataStore.settingsFile): purgedBefore \"\(SafeText.escaped(text))\" is geen datum (JJJJ-MM-DD)")
            }
            return day
        }
        let board = try stored.board.map { text in
            guard let mode = BoardMode(rawValue: text) else {
                throw KartrekkerError("\(DataStore.settingsFile): board \"\(SafeText.escaped(text))\" is not one of points, ranks, teams",
                                      nl: "\(DataStore.settingsFile): board \"\(SafeText.escaped(text))\" is niet een van points, ranks, teams")
            }
            return mode
        }
        for name in stored.contactMoments ?? [] where Validation.storedTextProblem(name, maxLength: Validation.maxNameLength) != nil || name.isEmpty {
            throw KartrekkerError("\(DataStore.settingsFile): contact moment \"\(SafeText.escaped(name))\" is not a name of at most \(Validation.maxNameLength) characters without control characters",
                                  nl: "\(DataStore.settingsFile): klantmoment \"\(SafeText.escaped(name))\" is geen naam van hoogstens \(Validation.maxNameLength) tekens zonder stuurtekens")
        }
        let budgets = try (stored.budgets ?? []).map { budget in
            guard let amount = Euros(budget.amount), amount.description == budget.amount, (1900...9999).contains(budget.year),
                  !budget.team.isEmpty, Validation.storedTextProblem(budget.team, maxLength: Validation.maxNameLength) == nil else {
                throw KartrekkerError("\(DataStore.settingsFile): budget \(SafeText.escaped(budget.team)) \(budget.year) \(SafeText.escaped(budget.amount)) is not a team, a year and euros (2500.00)",
                                      nl: "\(DataStore.settingsFile): budget \(SafeText.escaped(budget.team)) \(budget.year) \(SafeText.escaped(budget.amount)) is geen team, jaar en bedrag (2500.00)")
            }
            return MandateBudget(team: budget.team, year: budget.year, amount: amount)
        }
        return OrganisationSettings(retention: retention, purgedBefore: purged, board: board ?? .points, nudges: stored.nudges ?? true,
                                    contactMoments: stored.contactMoments ?? [], budgets: budgets)
    }

    /// `settings.json` as stored, checked for its version; `nil` where there is none.
    func settingsFile() throws -> SettingsFile? {
        guard let data = try fileSystem.read(root + "/" + DataStore.settingsFile) else { return nil }
        let stored: SettingsFile
        do {
            stored = try JSONDecoder().decode(SettingsFile.self, from: data)
        } catch {
            throw KartrekkerError("\(DataStore.settingsFile):1:1: cannot be read as kartrekker's settings (\(error)); nothing was changed",
                                  nl: "\(DataStore.settingsFile):1:1: is niet te lezen als instellingen van kartrekker (\(error)); er is niets gewijzigd",
                                  details: ["fix it by hand, or remove it and set the settings again with `kartrekker config`"],
                                  nlDetails: ["herstel het met de hand, of verwijder het en stel de instellingen opnieuw in met `kartrekker config`"])
        }
        guard stored.schemaVersion <= SchemaVersion.current else {
            throw KartrekkerError("\(DataStore.settingsFile) has schemaVersion \(stored.schemaVersion), newer than this kartrekker knows (\(SchemaVersion.current))",
                                  nl: "\(DataStore.settingsFile) heeft schemaVersion \(stored.schemaVersion), nieuwer dan deze kartrekker kent (\(SchemaVersion.current))")
        }
        return stored
    }

    public func saveSettings(_ settings: OrganisationSettings) throws {
        try withWriteLock { try apply(settingsChange(settings, scores: try settingsFile()?.residentScores)) }
    }

    /// The residents' scores kept in `settings.json`, checked as they are read.
    public func residentScores() throws -> [ResidentScore] {
        try (settingsFile()?.residentScores ?? []).map { stored in
            guard let quarter = ResidentScore.quarter(stored.quarter), quarter == stored.quarter, (0...10).contains(stored.score),
                  !stored.contactMoment.isEmpty, Validation.storedTextProblem(stored.contactMoment, maxLength: Validation.maxNameLength) == nil,
                  stored.team.map({ Validation.storedTextProblem($0, maxLength: Validation.maxNameLength) == nil && !$0.isEmpty }) ?? true
            else {
                throw KartrekkerError("\(DataStore.settingsFile): resident score \(SafeText.escaped(stored.quarter)) \(SafeText.escaped(stored.contactMoment)) is not a quarter (2026-Q3), a contact moment and a score from 0 to 10",
                                      nl: "\(DataStore.settingsFile): bewonersscore \(SafeText.escaped(stored.quarter)) \(SafeText.escaped(stored.contactMoment)) is geen kwartaal (2026-Q3), klantmoment en cijfer van 0 tot 10")
            }
            return ResidentScore(quarter: quarter, contactMoment: ContactMoment(key: stored.contactMoment), team: stored.team, score: stored.score)
        }
    }

    public func saveResidentScore(_ score: ResidentScore, removing: Bool) throws {
        try withWriteLock {
            var scores = try settingsFile()?.residentScores ?? []
            scores.removeAll { $0.quarter == score.quarter && $0.contactMoment == score.contactMoment.key && $0.team?.folded == score.team?.folded }
            if !removing {
                scores.append(StoredScore(quarter: score.quarter, contactMoment: score.contactMoment.key, team: score.team, score: score.score))
            }
            scores.sort { ($0.quarter, $0.contactMoment, $0.team ?? "") < ($1.quarter, $1.contactMoment, $1.team ?? "") }
            try apply(settingsChange(try settings(), scores: scores))
        }
    }

    private func settingsChange(_ settings: OrganisationSettings, scores: [StoredScore]?) -> Journal.Entry {
        let stored = SettingsFile(retention: settings.retention?.description, purgedBefore: settings.purgedBefore?.description,
                                  board: settings.board.rawValue, nudges: settings.nudges,
                                  contactMoments: settings.contactMoments.isEmpty ? nil : settings.contactMoments,
                                  residentScores: scores?.isEmpty == true ? nil : scores,
                                  budgets: settings.budgets.isEmpty ? nil
                                      : settings.budgets.map { StoredBudget(team: $0.team, year: $0.year, amount: $0.amount.description) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        var data = (try? encoder.encode(stored)) ?? Data()
        data.append(0x0A)
        return Journal.Entry(path: DataStore.settingsFile, contents: data, backup: false)
    }

    /// What `purge(before:)` would remove, changing nothing.
    public func purgePlan(before day: CalendarDate) throws -> Purge {
        try withWriteLock { try purging(before: day).plan }
    }

    /// Removes every record dated before `day`, the links to purged contributions, archived
    /// employees left with no record, and every backup of a file it changes, in one journaled
    /// write (no backup is kept of it: that is the point); the derived files go too. Notes the
    /// day in the settings, so that boards reaching before it say so.
    @discardableResult
    public func purge(before day: CalendarDate) throws -> Purge {
        try withWriteLock {
            var (plan, changes) = try purging(before: day)
            // Only where records went: boards are not told of a purge that removed nothing.
            if plan.contributions + plan.recognitions > 0 {
                var settings = try self.settings()
                settings.purgedBefore = max(settings.purgedBefore ?? day, day)
                changes.append(settingsChange(settings, scores: try settingsFile()?.residentScores))
            }
            removeSummaries()
            try commit(changes)
            removeSummaries()
            return plan
        }
    }

    private func purging(before day: CalendarDate) throws -> (plan: Purge, changes: [Journal.Entry]) {
        var changes: [Journal.Entry] = []
        var purgedIDs = Set<String>()
        var remaining = Set<String>()
        var contributions = 0
        for month in months(of: Contribution.self) {
            let records = try monthRecords(Contribution.self, month)
            let kept = records.filter { $0.date >= day }
            contributions += records.count - kept.count
            purgedIDs.formUnion(records.filter { $0.date < day }.map(\.id))
            remaining.formUnion(kept.map(\.employeeId))
            if kept.count != records.count {
                let path = DataLayout.path(of: Contribution.self, month)
                changes.append(kept.isEmpty ? Journal.Entry(path: path, contents: nil, backup: false)
                                            : change(MonthFile(month: month, records: kept), path, backup: false))
            }
        }
        var recognitions = 0
        var links = 0
        for month in months(of: Recognition.self) {
            let records = try monthRecords(Recognition.self, month)
            var kept = records.filter { $0.date >= day }
            recognitions += records.count - kept.count
            for index in kept.indices {
                let before = kept[index].contributionIds.count
                kept[index].contributionIds.removeAll { purgedIDs.contains($0) }
                links += before - kept[index].contributionIds.count
            }
            remaining.formUnion(kept.map(\.employeeId))
            if kept != records {
                let path = DataLayout.path(of: Recognition.self, month)
                changes.append(kept.isEmpty ? Journal.Entry(path: path, contents: nil, backup: false)
                                            : change(MonthFile(month: month, records: kept), path, backup: false))
            }
        }
        // Archived people of whom no record is left go as well (a current employee stays).
        let employees = try self.employees()
        let gone = employees.filter { $0.archived && !remaining.contains($0.id) }
        if !gone.isEmpty {
            let goneIDs = Set(gone.map(\.id))
            changes.append(change(EmployeesFile(employees: employees.filter { !goneIDs.contains($0.id) }), DataStore.employeesFile, backup: false))
        }
        // Every backup of a file that changes holds what goes.
        let changed = Set(changes.map(\.path))
        let backups = backupFiles().filter { changed.contains($0.of) }.map(\.path)
        changes += backups.map { Journal.Entry(path: $0, contents: nil, backup: false) }
        let plan = Purge(before: day, contributions: contributions, recognitions: recognitions, links: links,
                         employees: gone.map(\.name), backups: backups.count)
        return (plan, changes)
    }
}
