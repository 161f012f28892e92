import Foundation
import KartrekkerCore
import KartrekkerPort

extension DataStore {
    /// One employee's records in one month file, in file order. When the file is known sound
    /// (found so by a write, or summed up after a check), its bytes are read and only this
    /// employee's records decoded, at the places its spans name; else the file is decoded and
    /// checked whole, as every read of an unknown file is.
    func personRecords<Record: DatedRecord>(_ kind: Record.Type, _ month: String, _ employeeID: String) throws -> [Record] {
        let file = DataLayout.path(of: kind, month)
        let path = root + "/" + file
        guard let signature = FileSignature(path: path) else { return [] }
        if let decoded = cached(MonthFile<Record>.self, file, signature: signature) {
            return decoded.records.filter { $0.employeeId == employeeID }
        }
        let token = VerifiedFiles.token(signature)
        var places = spansByFile[file].flatMap { $0.token == token ? $0.spans.byEmployee[employeeID] ?? [] : nil }
        if places == nil {
            places = (readDerived(summaryPath(kind, month, ".spans.bin"))).flatMap { $0 }
                .flatMap { MonthSpans.places(for: employeeID, in: $0, token: token) }
        }
        if places?.isEmpty == true { return [] }
        let whole = { try self.monthRecords(kind, month).filter { $0.employeeId == employeeID } }
        if places == nil {
            guard let spans = try monthSpans(kind, month) else { return try whole() }
            places = spans.byEmployee[employeeID] ?? []
            if places?.isEmpty == true { return [] }
        }
        // Only this person's records are read (a month file is megabytes, their part kilobytes),
        // and only believed when the file is still the version the spans were made from.
        let wanted = places ?? []
        guard let pieces = try fileSystem.read(path, ranges: wanted.map(\.range)), FileSignature(path: path) == signature else {
            return try whole()
        }
        var records: [Record] = []
        for piece in pieces {
            guard let record = DataStore.decodeRecord(Record.self, piece), record.employeeId == employeeID else { return try whole() }
            records.append(record)
        }
        return records
    }

    /// The record spans of one month file: from `.summaries/` when fresh, else made from the
    /// file's bytes when it is known sound (and kept). `nil` when there is no file, or it is not
    /// known sound (then the caller decodes it, which checks it).
    func monthSpans<Record: DatedRecord>(_ kind: Record.Type, _ month: String) throws -> MonthSpans? {
        let file = DataLayout.path(of: kind, month)
        let path = root + "/" + file
        guard let signature = FileSignature(path: path) else { return nil }
        let token = VerifiedFiles.token(signature)
        if let known = spansByFile[file], known.token == token { return known.spans }
        let spansPath = summaryPath(kind, month, ".spans.bin")
        if let data = readDerived(spansPath),
           let spans = MonthSpans(decoding: data, token: token) {
            spansByFile[file] = (token, spans)
            return spans
        }
        if !isKnownSound(kind, month, token: token) {
            // Checked now by decoding it; then its bytes are as sound as a vouched file's.
            _ = try monthRecords(kind, month)
            guard FileSignature(path: path) == signature else { return nil }
        }
        guard let data = try? fileSystem.read(path), FileSignature(path: path) == signature,
              let skim = RecordSkim(data, folder: Record.folder), let spans = MonthSpans(skim) else { return nil }
        spansByFile[file] = (token, spans)
        writeSummaryFile(spans.encoded(token: token), to: spansPath)
        return spans
    }

    /// At least the newest `count` records of one month file that pass `test` (all of them when
    /// fewer pass), whole days at a time so that a day's order can be decided: the record spans
    /// say whose each record is, its day and category, so only these few are decoded. `nil`
    /// when the month has no spans (not known sound); the caller then decodes the month.
    func newestRecords<Record: DatedRecord>(_ kind: Record.Type, _ month: String, atLeast count: Int,
                                                   passing test: (_ employeeID: String, _ day: CalendarDate, _ category: Category?) -> Bool)
        throws -> [Record]? {
        let path = root + "/" + DataLayout.path(of: kind, month)
        guard let signature = FileSignature(path: path), let spans = try monthSpans(kind, month) else { return nil }
        var passing: [(id: String, place: MonthSpans.Place)] = []
        for (id, places) in spans.byEmployee {
            for place in places where test(id, CalendarDate(dayNumber: place.day),
                                            place.category >= 0 ? Category.allCases[place.category] : nil) {
                passing.append((id, place))
            }
        }
        passing.sort { $0.place.day > $1.place.day }
        if passing.count > count {
            let lastDay = passing[count - 1].place.day
            passing = Array(passing.prefix { $0.place.day >= lastDay })
        }
        guard !passing.isEmpty else { return [] }
        guard let data = try fileSystem.read(path), FileSignature(path: path) == signature else { return nil }
        var records: [Record] = []
        records.reserveCapacity(passing.count)
        for (id, place) in passing {
            guard place.range.upperBound <= data.count, let record = DataStore.decodeRecord(Record.self, data[place.range]),
                  record.employeeId == id else { return nil }
            records.append(record)
        }
        return records
    }

    /// At least the newest `count` records dated in `range` that pass `test` (all that pass
    /// when fewer do, or when `count` is `nil`), month by month from the newest back: with a
    /// count, only the newest days of a month are decoded (its record spans say which).
    public func newest<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, atLeast count: Int?, refining refine: ((Record) -> Bool)?,
                                            passing test: (_ employeeID: String, _ day: CalendarDate, _ category: Category?) -> Bool)
        throws -> [Record] {
        func passes(_ id: String, _ day: CalendarDate, _ category: Category?) -> Bool {
            (range?.contains(day) ?? true) && test(id, day, category)
        }
        var found: [Record] = []
        for month in months(of: kind).reversed() {
            if let range, let monthRange = DataLayout.range(ofMonth: month), !monthRange.overlaps(range) { continue }
            // A month holds only its own dates: once enough newer ones are in, older months add none.
            if let count, found.count >= count { break }
            // The spans know no contact moments or stories: a refined ask decodes the month.
            if let count, refine == nil, let newest = try newestRecords(kind, month, atLeast: count - found.count, passing: passes) {
                found += newest
                continue
            }
            for record in try monthRecords(kind, month) {
                let category = (record as? Contribution)?.category
                if passes(record.employeeId, record.date, category) && (refine?(record) ?? true) { found.append(record) }
            }
        }
        return found
    }

    /// The date of each of `employees`' latest record of `kind` on or before `day`, read back
    /// month by month from `day` only until all of them are found.
    public func latestDates<Record: DatedRecord>(_ kind: Record.Type, upTo day: CalendarDate, of employees: Set<String>) throws
        -> [String: CalendarDate] {
        if Record.recordKind == .recognition { return try latestRecognitions(upTo: day, of: employees) }
        var waiting = employees
        var latest: [String: CalendarDate] = [:]
        for month in months(of: kind).reversed() where month <= day.monthKey {
            guard !waiting.isEmpty else { break }
            var found: [String: Int] = [:]
            if let spans = try monthSpans(kind, month) {
                for (id, places) in spans.byEmployee where waiting.contains(id) {
                    if let newest = places.lazy.map(\.day).filter({ $0 <= day.dayNumber }).max() { found[id] = newest }
                }
            } else {
                for record in try monthRecords(kind, month) where record.date <= day && waiting.contains(record.employeeId) {
                    found[record.employeeId] = max(found[record.employeeId] ?? Int.min, record.date.dayNumber)
                }
            }
            // Every record of an older month is older than what this month gave.
            for (id, dayNumber) in found {
                latest[id] = CalendarDate(dayNumber: dayNumber)
                waiting.remove(id)
            }
        }
        return latest
    }

    /// One record from its object's bytes: the fast reader, else `JSONDecoder`.
    static func decodeRecord<Record: DatedRecord>(_ kind: Record.Type, _ bytes: Data) -> Record? {
        if let fast = Record.self as? any FastDecodable.Type {
            let read = bytes.withUnsafeBytes { raw -> Record? in
                var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
                guard let record = fast.fastRead(&reader) as? Record, reader.atEnd else { return nil }
                return record
            }
            if let read { return read }
        }
        return try? JSONDecoder().decode(Record.self, from: bytes)
    }

    /// Whether the month file version `token` names was found sound: by a write (`.verified`)
    /// or by the check that came before its summary was made.
    func isKnownSound<Record: DatedRecord>(_ kind: Record.Type, _ month: String, token: String) -> Bool {
        let file = DataLayout.path(of: kind, month)
        if filesFoundSound()[file] == token || summaries[file]?.token == token { return true }
        guard derived.path != nil, let header = DataStore.readHeader(summaryPath(kind, month, ".bin"), count: 256) else { return false }
        var input = SummaryReader(header)
        return input.bytes(MonthSummary.magic.count) == MonthSummary.magic && input.string() == token
    }

    /// The files `.verified` says were found sound, by signature token (read once; through a
    /// link or damaged it vouches for nothing).
    func filesFoundSound() -> [String: String] {
        if let known = soundOnDisk { return known }
        let known = readDerived(derived.file(VerifiedFiles.fileName))
            .flatMap { try? JSONDecoder().decode(VerifiedFiles.self, from: $0) }?.files ?? [:]
        soundOnDisk = known
        return known
    }

    /// Adds `files` (path → signature token), read whole and found sound by a reading
    /// command, to `.verified`, so that the next one does not read them again first. Without
    /// the write lock: a writer's list written meanwhile may lose an entry, which costs only a
    /// read; an entry never vouches for a file changed since (its token would differ).
    func rememberSound(_ files: [String: String]) {
        guard !files.isEmpty, derived.path != nil else { return }
        var current = readDerived(derived.file(VerifiedFiles.fileName)).flatMap { try? JSONDecoder().decode(VerifiedFiles.self, from: $0) }
            ?? VerifiedFiles()
        current.files.merge(files) { _, found in found }
        soundOnDisk = current.files
        if let data = current.encoded(), let path = derived.file(VerifiedFiles.fileName) {
            try? AtomicFile.writeCache(data, to: path, fileSystem: fileSystem)
        }
    }

    /// `<derived folder>/<folder>-<month><suffix>` (see `DerivedFolder`).
    func summaryPath<Record: DatedRecord>(_ kind: Record.Type, _ month: String, _ suffix: String) -> String {
        DataStore.summaryPath(in: derived, kind, month, suffix)
    }

    /// (A path that is never read or written where nothing is cached.)
    static func summaryPath<Record: DatedRecord>(in derived: DerivedFolder, _ kind: Record.Type, _ month: String, _ suffix: String) -> String {
        (derived.path ?? "") + "/" + Record.folder + "-" + month + suffix
    }

    /// A derived file's bytes, or `nil` (none, unreadable, or nothing cached).
    func readDerived(_ path: String?) -> Data? {
        guard derived.path != nil, let path else { return nil }
        return (try? DataStore.readInternal(path, name: path)) ?? nil
    }

    /// Writes one derived file; a cache, so a failure is ignored: the answer is the same
    /// without it.
    func writeSummaryFile(_ data: Data, to path: String) {
        guard derived.path != nil else { return }
        try? AtomicFile.writeCache(data, to: path, fileSystem: fileSystem)
    }
}
