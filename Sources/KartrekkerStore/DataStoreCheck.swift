import Foundation
import KartrekkerCore
import KartrekkerPort

extension DataStore {
    /// Reads every data file, changing nothing, and reports each problem with its place:
    /// files that do not parse or fit, records in the wrong month file, duplicate ids, records
    /// of unknown employees, links to unknown contributions.
    /// `progress(done, total)` follows the files read.
    public func check(progress: (Int, Int) -> Void = { _, _ in }) -> CheckReport {
        var report = CheckReport()
        let total = dataFiles().count
        var done = 0
        let tick = {
            done += 1
            progress(done, total)
        }
        if FileManager.default.fileExists(atPath: directory.path + "/" + Journal.fileName) {
            report.problems.append(Phrase(
                "\(Journal.fileName):1:1: a write was interrupted (a crash?); the next kartrekker command completes it, and says so (or stops, naming a file changed since)",
                nl: "\(Journal.fileName):1:1: een schrijfactie werd onderbroken (een crash?); het volgende kartrekker-commando maakt het af en zegt dat (of stopt, en noemt een bestand dat sindsdien gewijzigd is)"))
        } else if FileManager.default.fileExists(atPath: directory.path + "/" + Journal.stagingFolder) {
            report.problems.append(Phrase(
                "\(Journal.stagingFolder):1:1: a replacement of all data (demo --force) was interrupted before it began; the old data is live, and the next kartrekker command removes the leftover",
                nl: "\(Journal.stagingFolder):1:1: het vervangen van alle gegevens (demo --force) werd onderbroken voor het begon; de oude gegevens gelden, en het volgende kartrekker-commando ruimt de rest op"))
        }
        var employeeIDs = Set<String>()
        var employeesKnown = true
        if FileManager.default.fileExists(atPath: directory.path + "/" + DataStore.employeesFile) {
            report.files += 1
            employeesKnown = false
            if let file = checked(EmployeesFile.self, DataStore.employeesFile, into: &report) {
                employeesKnown = true
                report.employees = file.value.employees.count
                // The binary copy of the file, where one is believed, must say the same.
                if let folder = derived.path, let signature = FileSignature(path: directory.path + "/" + DataStore.employeesFile) {
                    let indexPath = folder + "/" + EmployeeIndex.fileName
                    let token = VerifiedFiles.token(signature)
                    if let data = readDerived(indexPath), let copy = EmployeeIndex.decoded(data, token: token),
                       copy.employees != file.value.employees || copy.schemaVersion != file.value.schemaVersion {
                        report.problems.append(DataStore.derivedDisagrees(indexPath, DataStore.employeesFile))
                        writeSummaryFile(EmployeeIndex.encoded(file.value, token: token), to: indexPath)
                    }
                }
                for (offset, employee) in file.value.employees.enumerated() {
                    if !employeeIDs.insert(employee.id).inserted {
                        report.problems.append(file.at(["employees", offset], Phrase("employee id \(employee.id) appears more than once",
                                                                                nl: "medewerker-id \(employee.id) komt meer dan eens voor")))
                    }
                    let fields: [(String, String?)] = [("name", employee.name), ("team", employee.team), ("role", employee.role)]
                    for case let (field, text?) in fields {
                        if let problem = Validation.storedTextProblem(text, maxLength: Validation.maxNameLength) {
                            report.problems.append(file.at(["employees", offset, field], DataStore.fieldProblem(field, of: employee.id, problem)))
                        }
                    }
                }
            }
        }
        // Without a readable employees file every record would "belong to nobody": one problem
        // is reported, not a thousand that follow from it.
        let known: Set<String>? = employeesKnown ? employeeIDs : nil
        // Months checked before and unchanged since are vouched for by their memos; where
        // anything is wrong, or cannot be vouched for, every month is read whole.
        let filesBefore = done
        var vouched = false
        if let known, report.problems.isEmpty { vouched = monthsFromMemos(employeeIDs: known, report: &report, tick: tick) }
        if !vouched {
            done = filesBefore
            checkMonthsWhole(employeeIDs: known, report: &report, tick: tick)
        }
        for file in unknownFiles() {
            report.problems.append(Phrase("\(file):1:1: is not a file kartrekker writes (an editor's or a sync tool's copy?); "
                                          + "it may hold personal data that kartrekker neither reads nor erases: remove it when it is not needed",
                                          nl: "\(file):1:1: is geen bestand dat kartrekker schrijft (een kopie van een editor of synchronisatieprogramma?); "
                                          + "het kan persoonsgegevens bevatten die kartrekker niet leest en niet wist: verwijder het als het niet nodig is"))
        }
        return report
    }

    /// Every month file read and decoded whole, each problem named with its place.
    private func checkMonthsWhole(employeeIDs known: Set<String>?, report: inout CheckReport, tick: () -> Void) {
        var contributionIDs = Set<String>()
        checkMonths(Contribution.self, employeeIDs: known, report: &report, tick: tick) { contribution, place in
            guard contributionIDs.insert(contribution.id).inserted else {
                return place(Phrase("contribution id \(contribution.id) appears more than once",
                                    nl: "bijdrage-id \(contribution.id) komt meer dan eens voor"))
            }
            return nil
        }
        report.contributions = contributionIDs.count
        var recognitionIDs = Set<String>()
        checkMonths(Recognition.self, employeeIDs: known, report: &report, tick: tick) { recognition, place in
            guard recognitionIDs.insert(recognition.id).inserted else {
                return place(Phrase("recognition id \(recognition.id) appears more than once",
                                    nl: "waarderings-id \(recognition.id) komt meer dan eens voor"))
            }
            if let missing = recognition.contributionIds.first(where: { !contributionIDs.contains($0) }) {
                return place(Phrase("recognition \(recognition.id) is for contribution \(SafeText.escaped(missing)), which does not exist",
                                    nl: "waardering \(recognition.id) is voor bijdrage \(SafeText.escaped(missing)), die niet bestaat"))
            }
            return nil
        }
        report.recognitions = recognitionIDs.count
    }

    /// The months checked from their memos (see `CheckMemo`): every file's bytes read and
    /// matched to what was checked before, then the checks across files. `false` (the report
    /// untouched) where anything cannot be vouched for: then everything is read whole.
    private func monthsFromMemos(employeeIDs: Set<String>, report: inout CheckReport, tick: () -> Void) -> Bool {
        guard derived.path != nil, !CheckMemo.checker.isEmpty else { return false }
        let contributionMonths = months(of: Contribution.self), recognitionMonths = months(of: Recognition.self)
        guard let contributions = memoReadings(Contribution.self, contributionMonths, tick: tick),
              let recognitions = memoReadings(Recognition.self, recognitionMonths, tick: tick) else { return false }
        func unique(_ readings: [CheckMemo.Reading]) -> Int? {
            var seen = Set<UInt64>(minimumCapacity: readings.reduce(0) { $0 + $1.idDigests.count })
            for reading in readings {
                for digest in reading.idDigests where !seen.insert(digest).inserted { return nil }
            }
            return seen.count
        }
        guard let contributionCount = unique(contributions), let recognitionCount = unique(recognitions),
              (contributions + recognitions).allSatisfy({ $0.employees.allSatisfy(employeeIDs.contains) }) else { return false }
        // Links by their exact ids: only the contributions' ids whose digest a link has are
        // made into strings.
        let links = Set(recognitions.flatMap(\.links))
        if !links.isEmpty {
            let wanted = Set(links.map(CheckMemo.idDigest))
            let found = Set(contributions.flatMap { $0.ids(withDigestsIn: wanted) })
            guard links.isSubset(of: found) else { return false }
        }
        report.files += contributionMonths.count + recognitionMonths.count
        report.contributions = contributionCount
        report.recognitions = recognitionCount
        return true
    }

    /// Each month's memo, when every one vouches for its file as it is now; else `nil`.
    private func memoReadings<Record: DatedRecord>(_ kind: Record.Type, _ months: [String], tick: () -> Void) -> [CheckMemo.Reading]? {
        let (root, fileSystem, derived) = (directory.path, self.fileSystem, self.derived)
        var all: [CheckMemo.Reading] = []
        // A few months at a time on all cores, as a whole check reads them, so that progress
        // is told as it goes.
        let batch = max(2, 4 * ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: months.count, by: batch) {
            let slice = Array(months[start..<min(months.count, start + batch)])
            let readings = MemoReadings(count: slice.count)
            DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                let month = slice[index]
                if let reading = DataStore.memoVouching(kind, month, root: root, fileSystem: fileSystem, derived: derived) {
                    readings.set(index, reading)
                } else if case let (_, found, memo?) = DataStore.checkedAlone(kind, month, root: root, fileSystem: fileSystem, derived: derived,
                                                                              repairs: false),
                          found.isEmpty, let reading = CheckMemo.read(memo.encoded(), token: memo.token) {
                    // Read whole, as a month changed since the last check is. (What is wrong
                    // is left for the whole check to name and repair.)
                    readings.set(index, reading)
                }
            }
            guard let read = readings.all() else { return nil }
            all += read
            for _ in slice { tick() }
        }
        return all
    }

    /// The memo of a month file that vouches for it as it is now: made for this version of
    /// the file by this program, the file's bytes the ones checked, its derived files the
    /// ones it should have.
    private static func memoVouching<Record: DatedRecord>(_ kind: Record.Type, _ month: String, root: String, fileSystem: any FileSystem,
                                                          derived: DerivedFolder) -> CheckMemo.Reading? {
        let file = DataLayout.path(of: kind, month)
        guard let signature = FileSignature(path: root + "/" + file),
              let memoData = (try? DataStore.readInternal(DataStore.summaryPath(in: derived, kind, month, ".check.bin"), name: file)) ?? nil,
              let reading = CheckMemo.read(memoData, token: VerifiedFiles.token(signature)),
              let data = (try? fileSystem.read(root + "/" + file)) ?? nil,
              data.withUnsafeBytes(MonthSummary.checksum) == reading.digest else { return nil }
        let suffixes = CheckMemo.derivedSuffixes(Record.recordKind)
        guard reading.derived.count == suffixes.count else { return nil }
        for (suffix, expected) in zip(suffixes, reading.derived) {
            let path = DataStore.summaryPath(in: derived, kind, month, suffix)
            guard let found = (try? DataStore.readInternal(path, name: path)) ?? nil,
                  DataStore.madeFor(VerifiedFiles.token(signature), found) else { continue }
            guard found.withUnsafeBytes(MonthSummary.checksum) == expected else { return nil }
        }
        return reading
    }

    /// The memos of a kind's months, read on several cores.
    private final class MemoReadings: @unchecked Sendable {
        private let lock = NSLock()
        private var readings: [CheckMemo.Reading?]

        init(count: Int) { readings = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ reading: CheckMemo.Reading) {
            lock.lock()
            readings[index] = reading
            lock.unlock()
        }

        func all() -> [CheckMemo.Reading]? {
            lock.lock()
            defer { lock.unlock() }
            let found = readings.compactMap { $0 }
            return found.count == readings.count ? found : nil
        }
    }

    /// A derived file at `path` that says other than the data file it is made from.
    static func derivedDisagrees(_ path: String, _ file: String) -> Phrase {
        Phrase("\(path):1:1: a derived file says other than \(file) (written by another program, or damaged); it was built anew",
               nl: "\(path):1:1: een afgeleid bestand zegt iets anders dan \(file) (door een ander programma geschreven, of beschadigd); het is opnieuw gemaakt")
    }

    /// A stored text `field` of record `id` that the schemas do not allow.
    static func fieldProblem(_ field: String, of id: String, _ problem: Phrase) -> Phrase {
        let dutchField = RecordField(rawValue: field)?.dutchLabel ?? field
        return Phrase("the \(field) of \(id) \(problem.english)", nl: "\(dutchField) van \(id) \(problem.dutch)")
    }

    private struct Located<T> {
        let value: T
        let file: String
        let data: Data

        func at(_ path: [Any], _ message: Phrase) -> Phrase {
            let keys: [any CodingKey] = path.map { part in
                if let index = part as? Int { return AnyKey(intValue: index) }
                return AnyKey(stringValue: "\(part)")
            }
            let position = JSONLocator.position(of: keys, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            return Phrase("\(file):\(position): \(message.english)", nl: "\(file):\(position): \(message.dutch)")
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }

    private func checked<T: VersionedFile>(_ type: T.Type, _ file: String, into report: inout CheckReport) -> Located<T>? {
        DataStore.checked(type, file, in: directory.path, fileSystem: fileSystem, into: &report)
    }

    /// The file decoded, or `nil` with why in `report` (a static function: it runs on several
    /// cores).
    private static func checked<T: VersionedFile>(_ type: T.Type, _ file: String, in root: String, fileSystem: any FileSystem,
                                                  into report: inout CheckReport) -> Located<T>? {
        let path = root + "/" + file
        var kind = stat()
        if stat(path, &kind) == 0, (kind.st_mode & S_IFMT) == S_IFDIR {
            report.problems.append(Phrase("\(file):1:1: is a directory where a data file should be",
                                          nl: "\(file):1:1: is een map waar een gegevensbestand hoort"))
            return nil
        }
        let data: Data
        do {
            guard let read = try fileSystem.read(path) else {
                report.problems.append(Phrase("\(file):1:1: cannot be read", nl: "\(file):1:1: is niet te lezen"))
                return nil
            }
            data = read
        } catch {
            report.problems.append(Phrase("\(file):1:1: cannot be read: \(error)", nl: "\(file):1:1: is niet te lezen: \(error)"))
            return nil
        }
        do {
            let value = try DataDecoding.decode(type, from: data, file: file)
            if value.schemaVersion > SchemaVersion.newest(forFile: file) {
                report.problems.append(Phrase(
                    "\(file):1:1: schemaVersion \(value.schemaVersion) is newer than this kartrekker knows (\(SchemaVersion.newest(forFile: file))); it can read but not change this directory",
                    nl: "\(file):1:1: schemaVersion \(value.schemaVersion) is nieuwer dan deze kartrekker kent (\(SchemaVersion.newest(forFile: file))); die kan deze map lezen maar niet wijzigen"))
            }
            return Located(value: value, file: file, data: data)
        } catch let error as KartrekkerError {
            report.problems.append(Phrase(error.message, nl: error.message(in: .dutch)))
        } catch {
            report.problems.append(Phrase("\(file):1:1: \(error)", nl: "\(file):1:1: \(error)"))
        }
        return nil
    }

    private func checkMonths<Record: DatedRecord>(
        _ kind: Record.Type, employeeIDs: Set<String>?, report: inout CheckReport, tick: () -> Void,
        extra: (Record, (Phrase) -> Phrase) -> Phrase?
    ) {
        // Months are read and decoded a few at a time on all cores (most of the work), then
        // checked in order (ids must be seen in order): `check` of years of history takes a
        // fraction of the time, and no more than a few months are in memory at once.
        let months = self.months(of: kind)
        let batch = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: months.count, by: batch) {
            let slice = Array(months[start..<min(months.count, start + batch)])
            let decoded = Decoded<Record>(count: slice.count)
            let (root, fileSystem, derived) = (directory.path, self.fileSystem, self.derived)
            DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                let (located, found, _) = DataStore.checkedAlone(kind, slice[index], root: root, fileSystem: fileSystem, derived: derived)
                decoded.set(index, located, found)
            }
            for (index, month) in slice.enumerated() {
                tick()
                report.files += 1
                let (found, problems) = decoded.take(index)
                report.problems += problems
                guard let located = found else { continue }
                if located.value.month != month {
                    report.problems.append(located.at(["month"], Phrase("the file says month \(SafeText.escaped(located.value.month)), its name says \(month)",
                                                                       nl: "het bestand zegt maand \(SafeText.escaped(located.value.month)), de naam zegt \(month)")))
                }
                for (offset, record) in located.value.records.enumerated() {
                    let place = { (message: Phrase) in located.at([Record.folder, offset], message) }
                    if record.date.monthKey != month {
                        report.problems.append(place(Phrase("\(record.id) is dated \(record.date), which is not in \(month)",
                                                        nl: "\(record.id) is van \(record.date), niet in \(month)")))
                    }
                    if let employeeIDs, !employeeIDs.contains(record.employeeId) {
                        report.problems.append(place(Phrase("\(record.id) belongs to employee \(SafeText.escaped(record.employeeId)), who does not exist",
                                                        nl: "\(record.id) hoort bij medewerker \(SafeText.escaped(record.employeeId)), die niet bestaat")))
                    }
                    if let employeeIDs, let shared = record as? Contribution,
                       let unknown = shared.with.first(where: { !employeeIDs.contains($0) }) {
                        report.problems.append(place(Phrase("\(record.id) shares its credit with employee \(SafeText.escaped(unknown)), who does not exist",
                                                        nl: "\(record.id) deelt de eer met medewerker \(SafeText.escaped(unknown)), die niet bestaat")))
                    }
                    if let problem = extra(record, place) { report.problems.append(problem) }
                }
            }
        }
    }

    /// One month file read whole and checked for what it alone can tell (it decodes; its text
    /// is what the schemas allow; its derived files say what it says), on any core; where it
    /// is sound, its memo is written (see `CheckMemo`) and given. `repairs`: a derived file
    /// that says other than the file is built anew (the whole check, which names it, does).
    private static func checkedAlone<Record: DatedRecord>(_ kind: Record.Type, _ month: String, root: String, fileSystem: any FileSystem,
                                                          derived: DerivedFolder, repairs: Bool = true)
        -> (Located<MonthFile<Record>>?, [Phrase], CheckMemo?) {
        var problems = CheckReport()
        guard let located = DataStore.checked(MonthFile<Record>.self, DataLayout.path(of: kind, month), in: root,
                                              fileSystem: fileSystem, into: &problems) else { return (nil, problems.problems, nil) }
        var found = problems.problems
        for (offset, record) in located.value.records.enumerated() {
            for (field, text, limit) in DataStore.textFields(record) {
                if let problem = Validation.storedTextProblem(text, maxLength: limit) {
                    found.append(located.at([Record.folder, offset, field], DataStore.fieldProblem(field, of: record.id, problem)))
                }
            }
        }
        let (derivedProblems, expected) = DataStore.compareDerivedFiles(kind, month, located.value.records, data: located.data, root: root,
                                                                        derived: derived, fileSystem: fileSystem, repairs: repairs)
        found += derivedProblems
        guard found.isEmpty, let expected else { return (located, found, nil) }
        let memo = DataStore.writeMemo(located, month: month, derivedDigests: expected, root: root, derived: derived, fileSystem: fileSystem)
        return (located, found, memo)
    }

    /// Builds anew each derived file of the month that would be believed (one made for this
    /// version of the month file) and compares: one that says other than the records is named,
    /// and replaced by the one built. Stale ones are passed over (nothing believes them) and
    /// missing ones are not made here (a board makes what it needs), so `check` costs little
    /// more than reading the data.
    /// Also gives the checksum each derived file should have, for the month's memo.
    private static func compareDerivedFiles<Record: DatedRecord>(_ kind: Record.Type, _ month: String, _ records: [Record], data: Data,
                                                                 root: String, derived: DerivedFolder, fileSystem: any FileSystem,
                                                                 repairs: Bool)
        -> (problems: [Phrase], expected: [UInt64]?) {
        guard derived.path != nil, let signature = FileSignature(path: root + "/" + DataLayout.path(of: kind, month)) else { return ([], nil) }
        let token = VerifiedFiles.token(signature)
        var summary: MonthSummary?
        func built(_ suffix: String) -> Data? {
            if suffix == ".spans.bin" {
                guard let skim = RecordSkim(data, folder: Record.folder), let spans = MonthSpans(skim) else { return nil }
                return spans.encoded(token: token)
            }
            if summary == nil {
                summary = (records as? [Contribution]).map { MonthSummary(contributions: $0) }
                    ?? MonthSummary(recognitions: records as? [Recognition] ?? [])
            }
            return suffix == ".values.bin" ? summary!.encodedValues(token: token) : summary!.encodedTotals(token: token)
        }
        var problems: [Phrase] = []
        var expected: [UInt64]? = []
        for suffix in CheckMemo.derivedSuffixes(Record.recordKind) {
            let bytes = built(suffix)
            if let bytes { expected?.append(bytes.withUnsafeBytes(MonthSummary.checksum)) } else { expected = nil }
            let path = DataStore.summaryPath(in: derived, kind, month, suffix)
            guard let found = (try? DataStore.readInternal(path, name: path)) ?? nil, DataStore.madeFor(token, found),
                  let bytes, found != bytes else { continue }
            problems.append(DataStore.derivedDisagrees(path, DataLayout.path(of: kind, month)))
            if repairs { try? AtomicFile.writeCache(bytes, to: path, fileSystem: fileSystem) }
        }
        return (problems, expected)
    }

    /// Writes the memo of a month file found sound on its own (see `CheckMemo`): named in
    /// the right file, every record dated in its month.
    @discardableResult
    private static func writeMemo<Record: DatedRecord>(_ located: Located<MonthFile<Record>>, month: String, derivedDigests: [UInt64],
                                                       root: String, derived: DerivedFolder, fileSystem: any FileSystem) -> CheckMemo? {
        let file = DataLayout.path(of: Record.self, month)
        guard located.value.month == month, located.value.records.allSatisfy({ $0.date.monthKey == month }),
              let signature = FileSignature(path: root + "/" + file) else { return nil }
        var employees = Set<String>(), links = Set<String>()
        for record in located.value.records {
            employees.insert(record.employeeId)
            if let shared = record as? Contribution { employees.formUnion(shared.with) }
            if let recognition = record as? Recognition { links.formUnion(recognition.contributionIds) }
        }
        let memo = CheckMemo(token: VerifiedFiles.token(signature), digest: located.data.withUnsafeBytes(MonthSummary.checksum),
                             derived: derivedDigests, ids: located.value.records.map(\.id), employees: employees.sorted(),
                             links: links.sorted())
        try? AtomicFile.writeCache(memo.encoded(), to: DataStore.summaryPath(in: derived, Record.self, month, ".check.bin"),
                                   fileSystem: fileSystem)
        return memo
    }

    /// A record's text fields with the most code points the schemas allow each.
    static func textFields<Record: DatedRecord>(_ record: Record) -> [(String, String, Int)] {
        if let contribution = record as? Contribution {
            return [("note", contribution.note, Validation.maxTextLength)]
                + (contribution.project.map { [("project", $0, Validation.maxNameLength)] } ?? [])
                + contribution.values.map { ("values", $0, Validation.maxTagLength) }
                + [("contactMoment", contribution.contactMoment?.key, Validation.maxNameLength),
                   ("storyProblem", contribution.story?.problem, Validation.maxTextLength),
                   ("storyAction", contribution.story?.action, Validation.maxTextLength),
                   ("storyOutcome", contribution.story?.outcome, Validation.maxTextLength),
                   ("declineReason", contribution.declineReason, Validation.maxTextLength)].compactMap { key, text, most in
                    text.map { (key, $0, most) }
                }
        }
        if let recognition = record as? Recognition { return [("message", recognition.message, Validation.maxTextLength)] }
        return []
    }

    /// Whether a derived file (summary or spans) was made for the month file version `token`.
    static func madeFor(_ token: String, _ data: Data) -> Bool {
        var input = SummaryReader(Data(data.prefix(256)))
        _ = input.bytes(MonthSummary.magic.count)
        return input.string() == token
    }

    /// The month files of one batch, decoded on several cores, each with the problems found.
    private final class Decoded<Record: DatedRecord>: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [Located<MonthFile<Record>>?]
        private var problems: [[Phrase]]

        init(count: Int) {
            files = Array(repeating: nil, count: count)
            problems = Array(repeating: [], count: count)
        }

        func set(_ index: Int, _ file: Located<MonthFile<Record>>?, _ found: [Phrase]) {
            lock.lock()
            files[index] = file
            problems[index] = found
            lock.unlock()
        }

        func take(_ index: Int) -> (Located<MonthFile<Record>>?, [Phrase]) {
            lock.lock()
            defer { lock.unlock() }
            let result = (files[index], problems[index])
            files[index] = nil
            return result
        }
    }
}
