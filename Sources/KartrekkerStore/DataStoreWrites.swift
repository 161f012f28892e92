import Foundation
import KartrekkerCore
import KartrekkerPort

/// Recording: every write takes the lock, finds the files it changes, and commits them in one
/// transaction.
extension DataStore {
    public func add(_ employee: Employee) throws {
        try add([employee])
    }

    /// Adds employees in one write.
    public func add(_ newEmployees: [Employee]) throws {
        guard !newEmployees.isEmpty else { return }
        try withWriteLock {
            var employees = try self.employees()
            var ids = Set(employees.map(\.id))
            for employee in newEmployees {
                guard ids.insert(employee.id).inserted else {
                    throw KartrekkerError("an employee with id \(employee.id) already exists",
                                          nl: "er bestaat al een medewerker met id \(employee.id)")
                }
            }
            employees.append(contentsOf: newEmployees)
            try commit([change(EmployeesFile(employees: employees), DataStore.employeesFile)])
        }
    }

    /// Removes every employee and record (their last versions are kept in `backups/`), for
    /// replacing the whole data set.
    public func removeAllData() throws {
        try withWriteLock {
            try commit(dataFiles().map { Journal.Entry(path: $0, contents: nil, backup: true) })
        }
    }

    /// Replaces every employee and record with the ones given, all or nothing across a crash:
    /// the new files are written complete into `.staging/` first; then a small journal names
    /// them and the old files, and they are renamed into place (the old ones kept in
    /// `backups/`). A crash before the journal leaves the old data live (the staging is
    /// cleaned up); after it, the next kartrekker completes the swap. `progress(done, total)`
    /// follows the files.
    public func replaceAllData(employees: [Employee], contributions: [Contribution], recognitions: [Recognition],
                               progress: (Int, Int) -> Void = { _, _ in }) throws {
        try withWriteLock {
            let staging = root + "/" + Journal.stagingFolder
            removeStaging()
            let contributionMonths = Dictionary(grouping: contributions, by: { $0.date.monthKey }).sorted { $0.key < $1.key }
            let recognitionMonths = Dictionary(grouping: recognitions, by: { $0.date.monthKey }).sorted { $0.key < $1.key }
            let total = 1 + contributionMonths.count + recognitionMonths.count
            var staged: [String] = []
            func stage(_ path: String, _ data: Data) throws {
                let target = staging + "/" + path
                try DataStore.makeDirectory((target as NSString).deletingLastPathComponent, under: root)
                do {
                    try AtomicFile.write(data, to: target, fileSystem: fileSystem)
                } catch {
                    throw KartrekkerErrorFactory.saveFailed(path, error)
                }
                staged.append(path)
                progress(staged.count, total)
            }
            try stage(DataStore.employeesFile, DataStore.encode(EmployeesFile(employees: employees)))
            for (month, records) in contributionMonths {
                try stage(DataLayout.path(of: Contribution.self, month), DataStore.encode(MonthFile(month: month, records: records)))
            }
            for (month, records) in recognitionMonths {
                try stage(DataLayout.path(of: Recognition.self, month), DataStore.encode(MonthFile(month: month, records: records)))
            }
            // Every file replaced or removed is kept, whole, in one set (never pruned by the cap of
            // ordinary backups): the old organisation can be put back entirely.
            let set = Backups.replacementSet(at: Date())
            let newSet = Set(staged)
            var entries = dataFiles().filter { !newSet.contains($0) }.map { Journal.Entry(path: $0, contents: nil, backup: true) }
            entries += staged.map { Journal.Entry(path: $0, contents: nil, backup: true, staged: true) }
            entries = entries.map { entry in
                var kept = entry
                kept.backupSet = set
                return kept
            }
            do {
                try transaction.writeJournal(entries)
            } catch {
                removeStaging()
                throw error
            }
            // From here on the swap is decided: a failure is completed by the next command.
            for entry in entries { try apply(entry) }
            try transaction.removeJournal()
            removeStaging()
        }
    }

    /// Removes `.staging/` and what is in it (never through links: it is removed, not followed).
    func removeStaging() {
        let staging = root + "/" + Journal.stagingFolder
        var info = stat()
        guard lstat(staging, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            unlink(staging)
            return
        }
        try? FileManager.default.removeItem(atPath: staging)
    }

    public func update(_ employee: Employee) throws {
        try withWriteLock {
            var employees = try self.employees()
            guard let index = employees.firstIndex(where: { $0.id == employee.id }) else {
                throw KartrekkerError("no employee has id \(employee.id)", nl: "geen medewerker heeft id \(employee.id)")
            }
            employees[index] = employee
            try commit([change(EmployeesFile(employees: employees), DataStore.employeesFile)])
        }
    }

    public func add<Record: DatedRecord>(_ record: Record) throws {
        try add([record])
    }

    /// Adds many records under one lock, one write per month file touched (and one journal
    /// when several files change).
    public func add<Record: DatedRecord>(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        try withWriteLock {
            let byMonth = Dictionary(grouping: records) { $0.date.monthKey }
            var changes: [Journal.Entry] = []
            for (month, added) in byMonth.sorted(by: { $0.key < $1.key }) {
                if let spliced = try splicing(added, into: month) {
                    changes.append(Journal.Entry(path: DataLayout.path(of: Record.self, month), pieces: spliced, backup: true))
                    continue
                }
                var existing = try monthRecords(Record.self, month)
                let ids = Set(existing.map(\.id))
                if let duplicate = added.first(where: { ids.contains($0.id) }) {
                    throw KartrekkerError("a record with id \(duplicate.id) already exists",
                                          nl: "er bestaat al een gegeven met id \(duplicate.id)")
                }
                existing.append(contentsOf: added)
                changes.append(change(MonthFile(month: month, records: existing), DataLayout.path(of: Record.self, month)))
            }
            let carried = byMonth.compactMap { month, added in carriedSummary(Record.self, month, adding: added).map { (month, $0) } }
            try commit(changes)
            for (month, summary) in carried { keep(summary, of: Record.self, month) }
        }
    }

    /// What `month`'s file will add up to with `added` in it, from what it adds up to now,
    /// where that is known (in memory or in the derived files, with the values): the boards and
    /// filters that follow a save then read no month file again. `nil` where it is not known.
    private func carriedSummary<Record: DatedRecord>(_ kind: Record.Type, _ month: String, adding added: [Record]) -> MonthSummary? {
        guard keepsSummariesCurrent, derived.path != nil, let signature = FileSignature(path: root + "/" + DataLayout.path(of: kind, month)),
              var summary = knownSummary(kind, month, token: VerifiedFiles.token(signature), values: Record.recordKind == .contribution)
        else { return nil }
        if let contributions = added as? [Contribution] { summary.add(contributions) }
        if let recognitions = added as? [Recognition] { summary.add(recognitions) }
        return summary
    }

    /// Keeps `summary` as the summary of `month`'s file as it is now (just written).
    private func keep<Record: DatedRecord>(_ summary: MonthSummary, of kind: Record.Type, _ month: String) {
        guard let signature = FileSignature(path: root + "/" + DataLayout.path(of: kind, month)) else { return }
        keepSummary(summary, of: kind, month, token: VerifiedFiles.token(signature))
    }

    /// The month file with `added` put in as text in their places, the month's other records
    /// neither decoded nor written anew: recording one contribution in a month of thousands
    /// costs a read and a write of its bytes. `nil` when the file is not known sound or not
    /// in the store's own layout (then it is decoded and written whole).
    private func splicing<Record: DatedRecord>(_ added: [Record], into month: String) throws -> [Data]? {
        let file = DataLayout.path(of: Record.self, month)
        let path = root + "/" + file
        guard let signature = FileSignature(path: path), verified.files[file] == VerifiedFiles.token(signature) else { return nil }
        let read: Data?
        do {
            read = try fileSystem.read(path)
        } catch {
            throw KartrekkerError("cannot read \(file): \(error)", nl: "\(file) is niet te lezen: \(error)")
        }
        guard let data = read, FileSignature(path: path) == signature else { return nil }
        let texts = added.map { record in
            (date: record.date.description, id: record.id, text: JSONWriter.element(record.storedValue, indent: 2, sortedKeys: true))
        }
        // The common case, one record for today: it goes among the month's last records, and
        // only those are looked at.
        let version = added.contains(where: \.needsVersion2) ? SchemaVersion.records : 1
        if texts.count == 1, let pieces = RecordSkim.insertingNearEnd(texts[0], into: data, folder: Record.folder, month: month,
                                                                     lowestVersion: version) {
            return pieces
        }
        guard let skim = RecordSkim(data, folder: Record.folder),
              skim.isCanonical(data, folder: Record.folder, month: month, lowestVersion: version)
        else { return nil }
        let ids = Set(skim.entries.map(\.id))
        if let duplicate = added.first(where: { ids.contains($0.id) }) {
            throw KartrekkerError("a record with id \(duplicate.id) already exists",
                                  nl: "er bestaat al een gegeven met id \(duplicate.id)")
        }
        return [skim.inserting(texts, into: data)]
    }

    /// Replaces the stored record with the same id, moving it to another month file when its
    /// date moved (both files change in one journaled write).
    public func replace<Record: DatedRecord>(_ record: Record) throws {
        try withWriteLock {
            guard let found = try locate(Record.self, id: record.id) else {
                throw KartrekkerError("no record has id \(record.id)", nl: "geen gegeven heeft id \(record.id)")
            }
            let month = record.date.monthKey
            var target = try monthRecords(Record.self, month)
            target.removeAll { $0.id == record.id }
            target.append(record)
            var changes = [change(MonthFile(month: month, records: target), DataLayout.path(of: Record.self, month))]
            if found.month != month {
                var old = try monthRecords(Record.self, found.month)
                old.removeAll { $0.id == record.id }
                changes.append(change(MonthFile(month: found.month, records: old), DataLayout.path(of: Record.self, found.month)))
            }
            try commit(changes)
        }
    }

    /// Deletes a contribution and unlinks it from the recognitions that were for it, in one
    /// journaled write.
    @discardableResult
    public func deleteContribution(id: String) throws -> Contribution {
        try withWriteLock {
            guard let found = try locate(Contribution.self, id: id) else {
                throw KartrekkerError("no contribution has id \(SafeText.escaped(id))",
                                      nl: "geen bijdrage heeft id \(SafeText.escaped(id))")
            }
            var changes: [Journal.Entry] = []
            for month in months(of: Recognition.self) where month >= found.month {
                var records = try monthRecords(Recognition.self, month)
                var changed = false
                for index in records.indices where records[index].contributionIds.contains(id) {
                    records[index].contributionIds.removeAll { $0 == id }
                    changed = true
                }
                if changed {
                    changes.append(change(MonthFile(month: month, records: records), DataLayout.path(of: Recognition.self, month)))
                }
            }
            var records = try monthRecords(Contribution.self, found.month)
            records.removeAll { $0.id == id }
            changes.append(change(MonthFile(month: found.month, records: records), DataLayout.path(of: Contribution.self, found.month)))
            try commit(changes)
            return found.record
        }
    }

    /// Deletes a recognition (nothing points to a recognition, so one file changes).
    @discardableResult
    public func deleteRecognition(id: String) throws -> Recognition {
        try withWriteLock {
            guard let found = try locate(Recognition.self, id: id) else {
                throw KartrekkerError("no recognition has id \(SafeText.escaped(id))",
                                      nl: "geen waardering heeft id \(SafeText.escaped(id))")
            }
            var records = try monthRecords(Recognition.self, found.month)
            records.removeAll { $0.id == id }
            try commit([change(MonthFile(month: found.month, records: records), DataLayout.path(of: Recognition.self, found.month))])
            return found.record
        }
    }
}
