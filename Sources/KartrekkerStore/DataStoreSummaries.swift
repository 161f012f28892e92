import Foundation
import KartrekkerCore
import KartrekkerPort

/// The derived summaries: one small file per month file under `.summaries/`, keyed by the
/// month file's signature, rebuilt when stale or unreadable. Deleting them changes no result;
/// they are never exported, never backed up, and an erasure removes them all.
extension DataStore {
    /// Where summaries were kept before they moved to the user's own cache folder: removed
    /// from the data directory under the lock (another account could have written them).
    static let summariesFolder = ".summaries"

    /// The summary of one month file (an empty one where there is no file); with `values`,
    /// the totals by brand value too.
    func summary<Record: DatedRecord>(_ kind: Record.Type, _ month: String, values: Bool = false) throws -> MonthSummary {
        let file = DataLayout.path(of: kind, month)
        guard let signature = FileSignature(path: root + "/" + file) else {
            return Record.recordKind == .contribution ? MonthSummary(contributions: []) : MonthSummary(recognitions: [])
        }
        let token = VerifiedFiles.token(signature)
        if let known = knownSummary(kind, month, token: token, values: values) { return known }
        // Stale, damaged or missing: from the month file itself (which is checked on the way).
        let built: MonthSummary
        if let records = try monthRecords(kind, month) as? [Contribution] {
            built = MonthSummary(contributions: records)
        } else {
            built = MonthSummary(recognitions: try monthRecords(Recognition.self, month))
        }
        keepSummary(built, of: kind, month, token: token)
        return built
    }

    /// The summary of `month`'s file version `token` where it is known without reading the
    /// file: in memory, else from its derived files (with the totals by value when `values`);
    /// kept in memory once read. `nil` where it is not.
    func knownSummary<Record: DatedRecord>(_ kind: Record.Type, _ month: String, token: String, values: Bool) -> MonthSummary? {
        let file = DataLayout.path(of: kind, month)
        if let known = summaries[file], known.token == token, known.summary.hasValues || !values { return known.summary }
        let base = summaryPath(kind, month, "")
        var found = summaries[file].flatMap { $0.token == token ? $0.summary : nil }
        if found == nil, let data = readDerived(base + ".bin") {
            found = MonthSummary.decodedTotals(data, token: token)
        }
        guard var summary = found else { return nil }
        if values {
            guard let data = readDerived(base + ".values.bin"), summary.addValues(data, token: token) else { return nil }
        }
        summaries[file] = (token, summary)
        return summary
    }

    /// Keeps `summary` as the summary of `month`'s file version `token`: in memory and in the
    /// derived files.
    func keepSummary<Record: DatedRecord>(_ summary: MonthSummary, of kind: Record.Type, _ month: String, token: String) {
        let base = summaryPath(kind, month, "")
        summaries[DataLayout.path(of: kind, month)] = (token, summary)
        writeSummaryFile(summary.encodedTotals(token: token), to: base + ".bin")
        if Record.recordKind == .contribution { writeSummaryFile(summary.encodedValues(token: token), to: base + ".values.bin") }
    }

    /// Every brand-value tag used on a contribution, from the summaries (built where missing).
    public func valueTags() throws -> [String] {
        // Each month's tags kept in one file with its month file's token (the UI asks on
        // opening and after every save): only a month that changed is read again.
        let path = summaryPath(Contribution.self, "all", ".valuenames.bin")
        var known: [String: (token: String, names: [String])] = [:]
        if let data = readDerived(path), var input = SummaryReader(sealed: data),
           input.bytes(DataStore.valueNamesMagic.count) == DataStore.valueNamesMagic, let months = input.int(), months >= 0 {
            for _ in 0..<months {
                guard let month = input.string(), let token = input.string(), let count = input.int(), count >= 0 else { break }
                var names: [String] = []
                for _ in 0..<count {
                    guard let name = input.string() else { break }
                    names.append(name)
                }
                known[month] = (token, names)
            }
        }
        var all = Set<String>()
        var current: [(month: String, token: String, names: [String])] = []
        var changed = false
        for month in months(of: Contribution.self) {
            guard let signature = FileSignature(path: root + "/" + DataLayout.path(of: Contribution.self, month)) else { continue }
            let token = VerifiedFiles.token(signature)
            var names: [String]
            if let entry = known[month], entry.token == token {
                names = entry.names
            } else {
                names = try monthValueTags(month, token: token)
                changed = true
            }
            all.formUnion(names)
            current.append((month, token, names))
        }
        if changed || known.count != current.count {
            var out = SummaryWriter()
            out.bytes(DataStore.valueNamesMagic)
            out.int(current.count)
            for entry in current {
                out.string(entry.month)
                out.string(entry.token)
                out.int(entry.names.count)
                for name in entry.names { out.string(name) }
            }
            writeSummaryFile(out.sealed(), to: path)
        }
        return all.sorted()
    }

    static let valueNamesMagic: [UInt8] = Array("KTV2".utf8)

    /// The value tags of one month, from its summary (built where missing).
    private func monthValueTags(_ month: String, token: String) throws -> [String] {
        if let data = readDerived(summaryPath(Contribution.self, month, ".values.bin")),
           let found = MonthSummary.valueNames(data, token: token) {
            return Array(found).sorted()
        }
        var names = Set<String>()
        for entry in try summary(Contribution.self, month, values: true).contributions.values {
            names.formUnion(entry.byValue.keys)
        }
        return names.sorted()
    }

    /// The first `count` bytes of a summary file (fewer when it is shorter), never through a
    /// link; `nil` when there is none.
    static func readHeader(_ path: String, count: Int) -> Data? {
        guard let descriptor = try? PosixFileSystem.openPlainFile(path, flags: O_RDONLY), descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
        return got > 0 ? Data(bytes[0..<got]) : nil
    }

    /// Removes every summary (an erasure: nothing of the person may stay in them), and the
    /// summaries of old kept in the data directory.
    func removeSummaries() {
        derived.removeAll()
        spansByFile.removeAll()
        summaries.removeAll()
        removeLegacyDerivedFiles()
    }

    /// Removes the derived files earlier versions kept in the data directory (`.summaries/`,
    /// `.verified`): never believed now, and they may hold what an erasure removed.
    func removeLegacyDerivedFiles() {
        let folder = root + "/" + DataStore.summariesFolder
        var info = stat()
        if lstat(folder, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: folder) } else { unlink(folder) }
        }
        unlink(root + "/" + VerifiedFiles.fileName)
    }

    /// Whether `range` (`nil`: all time) covers the whole of `month`.
    static func covers(_ range: DateRange?, month monthRange: DateRange) -> Bool {
        guard let range else { return true }
        return range.from <= monthRange.from && monthRange.to <= range.to
    }

    /// A month file holding such a field is version 2, which its last line says where the
    /// store wrote it; one it did not write is decoded to tell.
    public func holdsFieldsAfterContract<Record: DatedRecord>(_ kind: Record.Type) throws -> Bool {
        let version1 = Array("\"schemaVersion\": 1\n}\n".utf8)
        for month in months(of: kind) {
            let path = root + "/" + DataLayout.path(of: kind, month)
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            defer { try? handle.close() }
            let size = (try? handle.seekToEnd()) ?? 0
            try? handle.seek(toOffset: size > 64 ? size - 64 : 0)
            let end = Array((try? handle.readToEnd()) ?? Data())
            if end.count >= version1.count, end.suffix(version1.count).elementsEqual(version1) { continue }
            if try monthRecords(kind, month).contains(where: \.needsVersion2) { return true }
        }
        return false
    }

    /// Each employee's score and count over `range` under the value and category filters.
    public func contributionTotals(in range: DateRange?, filter: LeaderboardFilter) throws -> [String: ScoreTotal] {
        var totals: [String: ScoreTotal] = [:]
        func add(_ summary: MonthSummary) {
            for (id, entry) in summary.contributions {
                let total = MonthSummary.total(entry, filter)
                if total.count > 0 { totals[id, default: ScoreTotal()] += total }
            }
        }
        // The month indexes know no contact moments: that filter reads the records.
        if filter.contactMoment != nil {
            for month in months(of: Contribution.self) {
                guard let monthRange = DataLayout.range(ofMonth: month), range.map({ monthRange.overlaps($0) }) ?? true else { continue }
                for record in try monthRecords(Contribution.self, month) where (range?.contains(record.date) ?? true) && filter.counts(record) {
                    totals[record.employeeId, default: ScoreTotal()] += ScoreTotal(score: record.points, count: 1)
                }
            }
            return totals
        }
        // The spans and the summaries' totals know no values: a value filter reads each
        // month's summary with its values, or its records.
        try forEachPart(Contribution.self, in: range, totalsOnly: filter.value == nil) { part in
            switch part {
            case let .months(summary?, _):
                add(summary)
            case let .months(nil, file):
                return MonthSummary.addTotals(file.data, token: file.token, category: filter.category, into: &totals)
            case let .month(month, file):
                if let file, MonthSummary.addTotals(file.data, token: file.token, category: filter.category, into: &totals) { break }
                add(try summary(Contribution.self, month, values: filter.value != nil))
            case let .cut(spans, days):
                let wanted = filter.category.flatMap { Category.allCases.firstIndex(of: $0) }
                for (id, places) in spans.byEmployee {
                    for place in places where days.contains(place.day) && (wanted == nil || place.category == wanted) {
                        totals[id, default: ScoreTotal()] += ScoreTotal(score: place.points, count: 1)
                    }
                }
            case let .records(records):
                for record in records where filter.counts(record) {
                    totals[record.employeeId, default: ScoreTotal()] += ScoreTotal(score: record.points, count: 1)
                }
            }
            return true
        }
        return totals
    }

    /// How many recognitions each employee got in `range`.
    public func recognitionCounts(in range: DateRange?) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try forEachPart(Recognition.self, in: range, totalsOnly: true) { part in
            switch part {
            case let .months(summary?, _):
                for (id, entry) in summary.recognitions where entry.count > 0 { counts[id, default: 0] += entry.count }
            case let .months(nil, file):
                return MonthSummary.addRecognitionCounts(file.data, token: file.token, into: &counts)
            case let .month(month, file):
                if let file, MonthSummary.addRecognitionCounts(file.data, token: file.token, into: &counts) { break }
                for (id, entry) in try summary(Recognition.self, month).recognitions { counts[id, default: 0] += entry.count }
            case let .cut(spans, days):
                for (id, places) in spans.byEmployee {
                    let count = places.count { days.contains($0.day) }
                    if count > 0 { counts[id, default: 0] += count }
                }
            case let .records(records):
                for record in records { counts[record.employeeId, default: 0] += 1 }
            }
            return true
        }
        return counts
    }

    /// What the days of `range` add up to across everyone: whole months from their
    /// summaries, a cut month from its record spans (else its records).
    public func figures(in range: DateRange) throws -> PeriodFigures {
        var figures = PeriodFigures()
        var contributing = Set<String>()
        let adopted = IdeaStatus.takenUp.compactMap { IdeaStatus.allCases.firstIndex(of: $0) }
        // A span keeps a record's points, not its status: an idea earns more than a proposal
        // exactly when it was taken up (`IdeaStatus.bonusPoints`).
        let idea = Category.allCases.firstIndex(of: .idea)!
        let proposal = Contribution.points(category: .idea, ideaStatus: .proposed)
        try forEachPart(Contribution.self, in: range, totalsOnly: true) { part in
            switch part {
            case let .month(month, _):
                for (id, entry) in try summary(Contribution.self, month).contributions where entry.total.count > 0 {
                    figures.contributions += entry.total.count
                    contributing.insert(id)
                    figures.ideasAdopted += adopted.reduce(0) { $0 + entry.ideas[$1] }
                }
            case let .records(records):
                for record in records {
                    figures.contributions += 1
                    contributing.insert(record.employeeId)
                    if record.ideaStatus?.isTakenUp == true { figures.ideasAdopted += 1 }
                }
            case let .cut(spans, days):
                for (id, places) in spans.byEmployee {
                    let inside = places.filter { days.contains($0.day) }
                    guard !inside.isEmpty else { continue }
                    figures.contributions += inside.count
                    contributing.insert(id)
                    figures.ideasAdopted += inside.count { $0.category == idea && $0.points > proposal }
                }
            case .months:
                // A year's or all time's span file keeps no one's months apart: month by month.
                return false
            }
            return true
        }
        figures.contributing = contributing.count
        figures.recognitions = try recognitionCounts(in: range).values.reduce(0, +)
        return figures
    }

    /// How many contributions are dated on each day of `range` (days without any left out):
    /// from the record spans, decoding only months that have none.
    public func contributionsPerDay(in range: DateRange) throws -> [CalendarDate: Int] {
        var counts: [CalendarDate: Int] = [:]
        let (from, to) = (range.from.dayNumber, range.to.dayNumber)
        for month in months(of: Contribution.self) {
            guard let monthRange = DataLayout.range(ofMonth: month), monthRange.overlaps(range) else { continue }
            if let spans = try monthSpans(Contribution.self, month) {
                for places in spans.byEmployee.values {
                    for place in places where from <= place.day && place.day <= to {
                        counts[CalendarDate(dayNumber: place.day), default: 0] += 1
                    }
                }
            } else {
                for record in try monthRecords(Contribution.self, month) where range.contains(record.date) {
                    counts[record.date, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The latest recognition date on or before `day` of each of `employees` (read back from
    /// `day` only until all of them are found).
    public func latestRecognitions(upTo day: CalendarDate, of employees: Set<String>) throws -> [String: CalendarDate] {
        var latest: [String: CalendarDate] = [:]
        // The months before `day`'s from one span file, when there are enough of them: people
        // never recognized would otherwise be looked for in every month there is.
        let allMonths = months(of: Recognition.self)
        let earlier = allMonths.filter { $0 < day.monthKey }
        if let whole = DataStore.wholeMonths(of: earlier, covering: nil), let span = try spanSummary(Recognition.self, months: whole),
           let summary = span.summary ?? span.data.flatMap({ MonthSummary.decodedTotals($0, token: span.token) }) {
            try latestRecognitions(upTo: day, of: employees, in: allMonths.filter { $0 >= day.monthKey }, into: &latest)
            // What `day`'s month found is later than anything before it.
            for id in employees where latest[id] == nil {
                if let date = summary.recognitions[id]?.latest { latest[id] = date }
            }
            return latest
        }
        try latestRecognitions(upTo: day, of: employees, in: allMonths, into: &latest)
        return latest
    }

    /// `latestRecognitions` over `months` only, newest first, filling `latest`.
    private func latestRecognitions(upTo day: CalendarDate, of employees: Set<String>, in months: [String],
                                    into latest: inout [String: CalendarDate]) throws {
        var waiting = employees
        for month in months.reversed() where month <= day.monthKey {
            guard !waiting.isEmpty, let monthRange = DataLayout.range(ofMonth: month) else { break }
            var found: [String: CalendarDate] = [:]
            if monthRange.to <= day {
                for (id, entry) in try summary(Recognition.self, month).recognitions {
                    if let date = entry.latest { found[id] = date }
                }
            } else if let spans = try monthSpans(Recognition.self, month) {
                for (id, places) in spans.byEmployee {
                    if let latest = places.filter({ $0.day <= day.dayNumber }).map(\.day).max() {
                        found[id] = CalendarDate(dayNumber: latest)
                    }
                }
            } else {
                for record in try monthRecords(Recognition.self, month) where record.date <= day {
                    if found[record.employeeId].map({ record.date > $0 }) ?? true { found[record.employeeId] = record.date }
                }
            }
            // A later month's date is always later: the first found stays.
            for (id, date) in found where latest[id] == nil {
                latest[id] = date
                waiting.remove(id)
            }
        }
    }
}

extension DataStore {
    /// One employee's totals over each of `periods`, in one pass over the months: whole months
    /// from their summaries, cut months from their records.
    public func personTotals(_ employeeID: String, periods: [Period]) throws -> [PersonTotals] {
        var result = Array(repeating: PersonTotals(), count: periods.count)
        // A year or all time: the whole months from one file each.
        // The months of each kind listed once (a directory listing each), not once per period.
        let contributionMonths = months(of: Contribution.self)
        let recognitionMonths = months(of: Recognition.self)
        var spanned = Array(repeating: (contributions: Set<String>(), recognitions: Set<String>()), count: periods.count)
        for (index, period) in periods.enumerated() {
            if let whole = DataStore.wholeMonths(of: contributionMonths, covering: period.range),
               let entry = try spanEntries(Contribution.self, months: whole, employeeID) {
                if let contributions = entry.contributions { result[index].add(contributions) }
                spanned[index].contributions = Set(whole)
            }
            if let whole = DataStore.wholeMonths(of: recognitionMonths, covering: period.range),
               let entry = try spanEntries(Recognition.self, months: whole, employeeID) {
                result[index].recognitions += entry.recognitions?.count ?? 0
                spanned[index].recognitions = Set(whole)
            }
        }
        for month in Set(contributionMonths + recognitionMonths).sorted() {
            guard let monthRange = DataLayout.range(ofMonth: month) else { continue }
            let touching = periods.indices.filter { periods[$0].range.map { monthRange.overlaps($0) } ?? true }
            guard !touching.isEmpty else { continue }
            let whole = touching.filter { DataStore.covers(periods[$0].range, month: monthRange) }
            let wholeContributions = whole.filter { !spanned[$0].contributions.contains(month) }
            let wholeRecognitions = whole.filter { !spanned[$0].recognitions.contains(month) }
            if !wholeContributions.isEmpty, let contributions = try personEntries(Contribution.self, month, employeeID).contributions {
                for index in wholeContributions { result[index].add(contributions) }
            }
            if !wholeRecognitions.isEmpty {
                let recognitions = try personEntries(Recognition.self, month, employeeID).recognitions?.count ?? 0
                for index in wholeRecognitions { result[index].recognitions += recognitions }
            }
            let cut = touching.filter { !whole.contains($0) }
            if !cut.isEmpty {
                for record in try personRecords(Contribution.self, month, employeeID) {
                    for index in cut where periods[index].contains(record.date) { result[index].add(record) }
                }
                for record in try personRecords(Recognition.self, month, employeeID) {
                    for index in cut where periods[index].contains(record.date) { result[index].recognitions += 1 }
                }
            }
        }
        return result
    }

    /// One employee's entries over a span of whole months, from its file; `nil` when nothing is
    /// cached here.
    private func spanEntries<Record: DatedRecord>(_ kind: Record.Type, months: [String], _ employeeID: String) throws
        -> (contributions: MonthSummary.Contributions?, recognitions: MonthSummary.Recognitions?)? {
        guard let span = try spanSummary(kind, months: months) else { return nil }
        if let summary = span.summary { return (summary.contributions[employeeID], summary.recognitions[employeeID]) }
        return span.data.flatMap { MonthSummary.entries(for: employeeID, in: $0, token: span.token) }
    }

    /// One employee's entries in a month's summary: straight from the file when it is fresh,
    /// else through the summary (built if need be).
    private func personEntries<Record: DatedRecord>(_ kind: Record.Type, _ month: String, _ employeeID: String) throws
        -> (contributions: MonthSummary.Contributions?, recognitions: MonthSummary.Recognitions?) {
        let file = DataLayout.path(of: kind, month)
        if summaries[file] == nil, let signature = FileSignature(path: root + "/" + file),
           let data = readDerived(summaryPath(kind, month, ".bin")),
           let found = MonthSummary.entries(for: employeeID, in: data, token: VerifiedFiles.token(signature)) {
            return found
        }
        let summary = try summary(kind, month)
        return (summary.contributions[employeeID], summary.recognitions[employeeID])
    }

    /// One employee's newest `count` records of `kind`, newest first (read back month by month
    /// only as far as needed), and all of theirs dated from `since` on.
    public func latestRecords<Record: DatedRecord>(_ kind: Record.Type, of employeeID: String, count: Int,
                                                   since: CalendarDate? = nil) throws -> [Record] {
        var found: [Record] = []
        for month in months(of: kind).reversed() {
            guard let monthRange = DataLayout.range(ofMonth: month) else { continue }
            if found.count >= count && (since.map { monthRange.to < $0 } ?? true) { break }
            found += try personRecords(kind, month, employeeID)
        }
        return found
    }
}

/// Errors and results gathered from work done on several cores.
private final class Gathered: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Int: any Error] = [:]

    func fail(_ index: Int, _ error: any Error) {
        lock.lock()
        errors[index] = error
        lock.unlock()
    }

    /// The error of the earliest item, as a sequential run would have met it first.
    var first: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return errors.min { $0.key < $1.key }?.value
    }
}

extension DataStore {
    /// Builds the summaries that are missing or stale, several months at once on all cores:
    /// the first board over years of data after the summaries were deleted (or never made).
    func prepareSummaries<Record: DatedRecord>(_ kind: Record.Type, months wanted: [String]) throws {
        let root = self.root
        guard derived.path != nil else { return }
        let missing = wanted.filter { month in
            let file = DataLayout.path(of: kind, month)
            guard let signature = FileSignature(path: root + "/" + file) else { return false }
            if summaries[file]?.token == VerifiedFiles.token(signature) { return false }
            let path = summaryPath(kind, month, ".bin")
            // The token sits right after the magic: only the first bytes are read here (the
            // whole file, and its checksum, when it is used).
            guard let header = DataStore.readHeader(path, count: 256) else { return true }
            var input = SummaryReader(header)
            return input.bytes(MonthSummary.magic.count) != MonthSummary.magic || input.string() != VerifiedFiles.token(signature)
        }
        guard missing.count > 1 else { return }
        let employees = Set(try self.employees().map(\.id))
        let fileSystem = self.fileSystem
        let derived = self.derived
        let gathered = Gathered()
        DispatchQueue.concurrentPerform(iterations: missing.count) { index in
            let month = missing[index]
            let file = DataLayout.path(of: kind, month)
            do {
                guard let signature = FileSignature(path: root + "/" + file),
                      let data = try fileSystem.read(root + "/" + file) else { return }
                let decoded = try DataDecoding.decode(MonthFile<Record>.self, from: data, file: file)
                if let problem = decoded.problem(file: file, employeeIDs: employees) {
                    let position = JSONLocator.position(of: problem.path, in: data) ?? JSONLocator.Position(line: 1, column: 1)
                    throw KartrekkerErrorFactory.damaged(file, position.line, position.column, problem.message.english, nl: problem.message.dutch)
                }
                let built = (decoded.records as? [Contribution]).map { MonthSummary(contributions: $0) }
                    ?? MonthSummary(recognitions: decoded.records as? [Recognition] ?? [])
                let token = VerifiedFiles.token(signature)
                let base = DataStore.summaryPath(in: derived, kind, month, "")
                try? AtomicFile.writeCache(built.encodedTotals(token: token), to: base + ".bin", fileSystem: fileSystem)
                if Record.recordKind == .contribution {
                    try? AtomicFile.writeCache(built.encodedValues(token: token), to: base + ".values.bin", fileSystem: fileSystem)
                }
            } catch {
                gathered.fail(index, error)
            }
        }
        if let error = gathered.first { throw error }
    }
}
