import Foundation
import KartrekkerCore
import KartrekkerPort

/// The data directory: the one place that reads and writes kartrekker's files.
///
/// Layout: `employees.json`, `contributions/YYYY-MM.json`, `recognitions/YYYY-MM.json` (one
/// file per month of the records' dates, so recording one record rewrites one small file),
/// `backups/`, and the internal `.lock`, `.verified` and `.journal`. Every write takes the
/// lock, completes an interrupted write, refuses to go on while any file is damaged or newer,
/// re-reads the files it changes, keeps their old versions, and replaces them atomically.
public final class DataStore {
    public static let employeesFile = "employees.json"

    public let directory: URL
    let fileSystem: any FileSystem
    private let lockTimeout: Double
    private let recoversInterruptedWrites: Bool
    /// Files decoded in this process, kept while they do not change on disk.
    private var decoded = DecodedFiles()
    var transaction: Transaction { Transaction(root: root, fileSystem: fileSystem) }
    private var lockDepth = 0
    var verified = VerifiedFiles()
    private var verifiedChanged = false
    private var checkedForJournal = false
    private var checkedDirectory = false
    /// Month summaries read or built in this process, by data file, with the signature token.
    var summaries: [String: (token: String, summary: MonthSummary)] = [:]
    /// Files read whose `schemaVersion` is newer than this program's, with that version.
    public private(set) var newerFiles: [String: Int] = [:]

    /// One month file decoded on another thread, for streaming.
    private final class MonthAhead<Record: DatedRecord>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<MonthFile<Record>?, any Error> = .success(nil)

        init(_ file: String, in root: String, fileSystem: any FileSystem, employeeIDs: Set<String>) {
            DispatchQueue.global().async { [self] in
                result = Result {
                    try DataStore.decodeChecked(MonthFile<Record>.self, file, in: root, fileSystem: fileSystem) { employeeIDs }
                }
                done.signal()
            }
        }

        func value() throws -> MonthFile<Record>? {
            done.wait()
            return try result.get()
        }
    }

    /// `.verified` as a reading command found it (read once): which files were found sound.
    var soundOnDisk: [String: String]?
    /// Where this user keeps the derived files of this directory (summaries, spans, the files
    /// found sound): their own cache folder, which nobody else can write.
    lazy var derived = DerivedFolder(dataDirectory: root)
    /// A save adds its records to its month's summary (see `init`).
    let keepsSummariesCurrent: Bool
    /// Month record spans read or built in this process, by data file, with the signature token.
    var spansByFile: [String: (token: String, spans: MonthSpans)] = [:]

    /// `recoversInterruptedWrites: false` reads exactly what is on disk, for `check`.
    /// `keepsSummariesCurrent`: a save adds its records to its month's summary (see
    /// `DataStore.add`), for a caller that asks for boards right after (the terminal UI); a
    /// command that only logs leaves it to the next board.
    public init(directory: URL, fileSystem: any FileSystem = PosixFileSystem(), lockTimeout: Double = 10,
                recoversInterruptedWrites: Bool = true, keepsSummariesCurrent: Bool = false) {
        self.directory = directory
        self.fileSystem = fileSystem
        self.lockTimeout = lockTimeout
        self.recoversInterruptedWrites = recoversInterruptedWrites
        self.keepsSummariesCurrent = keepsSummariesCurrent
    }

    var root: String { directory.path }

    /// Warnings a reading command should show: files written by a newer kartrekker (the
    /// directory is read-only for this version).
    public var warnings: [Phrase] {
        newerFiles.sorted { $0.key < $1.key }.map { file, version in
            Phrase("\(file) has schemaVersion \(version), newer than this kartrekker knows (\(SchemaVersion.newest(forFile: file))); the data directory is read-only for this version",
                   nl: "\(file) heeft schemaVersion \(version), nieuwer dan deze kartrekker kent (\(SchemaVersion.newest(forFile: file))); de gegevensmap is alleen-lezen voor deze versie")
        }
    }

    /// What this store did on its own that the user is told of (never silently): a write that
    /// was interrupted earlier, completed first.
    public var notices: [Phrase] {
        completedWrite.map { files in
            let names = files.map(SafeText.escaped).joined(separator: ", ")
            return [Phrase("a write that was interrupted (a crash?) was completed first: \(names)",
                           nl: "een onderbroken schrijfactie (een crash?) is eerst afgemaakt: \(names)")]
        } ?? []
    }

    /// The files of an interrupted write this store completed, to be said.
    private var completedWrite: [String]?

    // MARK: Reading

    /// Every employee, archived ones included, in file order (by id).
    public func employees() throws -> [Employee] {
        try load(EmployeesFile.self, DataStore.employeesFile,
                 index: (name: EmployeeIndex.fileName, decoded: EmployeeIndex.decoded, encoded: EmployeeIndex.encoded))?.employees ?? []
    }

    public func employeeDirectory() throws -> EmployeeDirectory {
        EmployeeDirectory(try employees())
    }

    /// The `YYYY-MM` months that have a file for `kind`, oldest first.
    public func months<Record: DatedRecord>(of kind: Record.Type) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + Record.folder)) ?? []
        return names.compactMap(DataLayout.month(fromFileName:)).sorted()
    }

    /// The records dated in `range` (all of them for `nil`), reading only the months it touches.
    public func records<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        var result: [Record] = []
        var seen = Set<String>()
        for month in months(of: kind) {
            if let range, let monthRange = DataLayout.range(ofMonth: month), !monthRange.overlaps(range) { continue }
            let records = try monthRecords(kind, month)
            for (offset, record) in records.enumerated() {
                // One record in two files would count twice.
                guard seen.insert(record.id).inserted else {
                    throw KartrekkerErrorFactory.damaged(DataLayout.path(of: kind, month), 1, 1,
                                                         "at .\(Record.folder)[\(offset)]: \(record.id) appears in another month file too")
                }
                if range?.contains(record.date) ?? true { result.append(record) }
            }
        }
        return result
    }

    public func contributions(in range: DateRange? = nil) throws -> [Contribution] {
        try records(Contribution.self, in: range)
    }

    public func recognitions(in range: DateRange? = nil) throws -> [Recognition] {
        try records(Recognition.self, in: range)
    }

    /// The records of one month file, as stored.
    public func monthRecords<Record: DatedRecord>(_ kind: Record.Type, _ month: String) throws -> [Record] {
        try load(MonthFile<Record>.self, DataLayout.path(of: kind, month))?.records ?? []
    }

    /// The records of each month of `kind` that `range` touches, newest month first, one month
    /// in memory at a time (nothing kept): for streaming a whole history out.
    public func forEachMonth<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, newestFirst: Bool,
                                                  _ body: ([Record]) throws -> Void) throws {
        let all = months(of: kind).filter { month in
            guard let range, let monthRange = DataLayout.range(ofMonth: month) else { return true }
            return monthRange.overlaps(range)
        }
        // Nothing may be printed before a damaged file is found: the files not known sound
        // since the last write are checked first (the others are vouched for by `.verified`).
        _ = try employees()
        let known = filesFoundSound()
        var found: [String: String] = [:]
        for month in all {
            let file = DataLayout.path(of: kind, month)
            guard let signature = FileSignature(path: root + "/" + file), known[file] != VerifiedFiles.token(signature) else { continue }
            _ = try load(MonthFile<Record>.self, file)
            decoded.forget(file)
            if FileSignature(path: root + "/" + file) == signature { found[file] = VerifiedFiles.token(signature) }
        }
        rememberSound(found)
        // Streaming: one month is decoded on another core while the caller writes out the one
        // before, and none is kept, so memory stays flat however long the history.
        let order = newestFirst ? Array(all.reversed()) : all
        let employeeIDs = Set(try employees().map(\.id))
        let ahead = { (month: String) in
            MonthAhead<Record>(DataLayout.path(of: kind, month), in: self.root, fileSystem: self.fileSystem, employeeIDs: employeeIDs)
        }
        var next = order.first.map(ahead)
        for (index, month) in order.enumerated() {
            let file = DataLayout.path(of: kind, month)
            guard let current = next else { break }
            next = index + 1 < order.count ? ahead(order[index + 1]) : nil
            let decoded = try current.value()
            if let decoded, decoded.schemaVersion > SchemaVersion.records { newerFiles[file] = decoded.schemaVersion }
            let records = decoded?.records ?? []
            try body(range.map { range in records.filter { range.contains($0.date) } } ?? records)
        }
    }

    /// The record with `id`: first in the month its id was made in, then everywhere.
    public func record<Record: DatedRecord>(_ kind: Record.Type, id: String) throws -> Record? {
        try locate(kind, id: id)?.record
    }

    /// Whether the directory holds no employees and no records yet (a directory that does not
    /// exist yet is empty).
    public func isEmpty() throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return true }
        return try employees().isEmpty && months(of: Contribution.self).isEmpty && months(of: Recognition.self).isEmpty
    }

    /// Refuses to read from a data directory that does not exist or is not a directory (an
    /// empty one is fine): a typo in a path must not look like an empty organisation.
    public func requireDirectory() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw KartrekkerError("the data directory \(SafeText.escaped(root)) does not exist",
                                  nl: "de gegevensmap \(SafeText.escaped(root)) bestaat niet",
                                  details: ["start one with `kartrekker demo` (a demo organisation) or `kartrekker employee add NAME --team TEAM`"],
                                  nlDetails: ["begin er een met `kartrekker demo` (een demo-organisatie) of `kartrekker employee add NAAM --team TEAM`"])
        }
        guard isDirectory.boolValue else {
            throw KartrekkerError("\(SafeText.escaped(root)) is not a directory; give the data directory with --data-dir or KARTREKKER_DATA_DIR",
                                  nl: "\(SafeText.escaped(root)) is geen map; geef de gegevensmap met --data-dir of KARTREKKER_DATA_DIR")
        }
    }

    /// A value that changes whenever any data file is added, removed or changed, by this
    /// process or another. Costs one `stat` per file and reads nothing: poll it to notice
    /// changes made elsewhere.
    public func changeStamp() -> ChangeStamp {
        ChangeStamp(parts: dataFiles().map { ($0, FileSignature(path: root + "/" + $0)) }
            .map { "\($0.0)=\($0.1.map(VerifiedFiles.token) ?? "-")" })
    }

    /// Runs `body` holding the directory's write lock. On taking the lock: creates the
    /// directory (0700), completes an interrupted write, removes temporary files a crash left,
    /// and refuses to go on while any data file is damaged or newer; older files are migrated.
    /// Nested calls share the lock, so a command can check and write under one lock.
    public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        if lockDepth > 0 { return try body() }
        try DataStore.makeDirectory(root, under: nil)
        return try holdingLock {
            try recover()
            try verifyAll()
            let result = try body()
            try saveVerified()
            return result
        }
    }

    /// Runs `body` holding the lock file's `flock`.
    private func holdingLock<T>(_ body: () throws -> T) throws -> T {
        let lock = try WriteLock(directory: root, timeout: lockTimeout)
        lockDepth += 1
        defer {
            lockDepth -= 1
            withExtendedLifetime(lock) {}
        }
        return try body()
    }

    // MARK: Files

    /// The bytes of an internal file (`.journal`), never through a symbolic link; `nil` when
    /// there is none.
    static func readInternal(_ path: String, name: String) throws -> Data? {
        try PosixFileSystem().read(path)
    }

    /// Every data file present, relative to the data directory.
    func dataFiles() -> [String] {
        var files: [String] = []
        if FileManager.default.fileExists(atPath: root + "/" + DataStore.employeesFile) { files.append(DataStore.employeesFile) }
        files += months(of: Contribution.self).map { DataLayout.path(of: Contribution.self, $0) }
        files += months(of: Recognition.self).map { DataLayout.path(of: Recognition.self, $0) }
        return files
    }

    func locate<Record: DatedRecord>(_ kind: Record.Type, id: String) throws -> (record: Record, month: String)? {
        let all = months(of: kind)
        var order = all
        if let hint = RecordID.monthHint(of: id), let position = all.firstIndex(of: hint) {
            order.remove(at: position)
            order.insert(hint, at: 0)
        }
        for month in order {
            if let record = try monthRecords(kind, month).first(where: { $0.id == id }) {
                return (record, month)
            }
        }
        return nil
    }

    /// The journal entry that writes `value` to `relativePath`.
    func change<T: StoredShape>(_ value: T, _ relativePath: String, backup: Bool = true) -> Journal.Entry {
        Journal.Entry(path: relativePath, contents: DataStore.encode(value), backup: backup)
    }

    static func encode<T: StoredShape>(_ value: T) -> Data {
        Data(JSONWriter.bytes(value.storedValue, sortedKeys: true) + [0x0A])
    }

    /// Decodes the file at `relativePath`, or `nil` when it does not exist. Files that have not
    /// changed since they were last read come from memory.
    /// `index`: a binary copy of the file in the cache folder, read instead of the file while
    /// it is the same version, and written after the file was read and found sound.
    func load<T: VersionedFile>(_ type: T.Type, _ relativePath: String,
                                index: (name: String, decoded: (Data, String) -> T?, encoded: (T, String) -> Data)? = nil) throws -> T? {
        if !checkedDirectory {
            try requireDirectory()
            checkedDirectory = true
        }
        if recoversInterruptedWrites && !checkedForJournal {
            checkedForJournal = true
            if FileManager.default.fileExists(atPath: root + "/" + Journal.fileName) || !temporaryFiles().isEmpty
                || FileManager.default.fileExists(atPath: root + "/" + Journal.stagingFolder) {
                try recoverUnderLock()
            }
        }
        let path = root + "/" + relativePath
        guard let signature = FileSignature(path: path) else { return nil }
        if let value = decoded.value(type, relativePath, signature: signature) { return value }
        let token = VerifiedFiles.token(signature)
        let indexPath = index.flatMap { index in derived.path.map { $0 + "/" + index.name } }
        if let index, let data = readDerived(indexPath), let value = index.decoded(data, token),
           FileSignature(path: path) == signature {
            newerFiles[relativePath] = value.schemaVersion > SchemaVersion.newest(forFile: relativePath) ? value.schemaVersion : nil
            decoded.keep(value, relativePath, signature: signature)
            return value
        }
        guard let value = try DataStore.decodeChecked(type, relativePath, in: root, fileSystem: fileSystem,
                                                      employeeIDs: { Set(try self.employees().map(\.id)) }) else { return nil }
        // Not within a write: the file is about to change, and a write's steps are its own.
        if lockDepth == 0, let index, let indexPath, FileSignature(path: path) == signature {
            writeSummaryFile(index.encoded(value, token), to: indexPath)
        }
        if value.schemaVersion > SchemaVersion.newest(forFile: relativePath) {
            newerFiles[relativePath] = value.schemaVersion
        } else {
            newerFiles[relativePath] = nil
        }
        decoded.keep(value, relativePath, signature: signature)
        return value
    }

    /// The decoded file at `relativePath` when it is in memory and is the version `signature`
    /// names.
    func cached<T>(_ type: T.Type, _ relativePath: String, signature: FileSignature) -> T? {
        decoded.value(type, relativePath, signature: signature)
    }

    /// The file at `relativePath` read, decoded and checked (damage that `check` reports is
    /// damage here too: no result is computed from it); `nil` when there is none. Static: the
    /// streaming of a whole history decodes the next month on another core.
    static func decodeChecked<T: VersionedFile>(_ type: T.Type, _ relativePath: String, in root: String, fileSystem: any FileSystem,
                                                employeeIDs: () throws -> Set<String>) throws -> T? {
        let path = root + "/" + relativePath
        var kind = stat()
        if stat(path, &kind) == 0, (kind.st_mode & S_IFMT) == S_IFDIR {
            throw KartrekkerErrorFactory.damaged(relativePath, 1, 1, "is a directory where a data file should be")
        }
        let data: Data
        do {
            guard let read = try fileSystem.read(path) else { return nil }
            data = read
        } catch {
            throw KartrekkerError("cannot read \(relativePath): \(error)", nl: "\(relativePath) is niet te lezen: \(error)")
        }
        let value = try DataDecoding.decode(type, from: data, file: relativePath)
        if let monthFile = value as? any SelfChecking,
           let problem = monthFile.problem(file: relativePath, employeeIDs: try employeeIDs()) {
            let position = JSONLocator.position(of: problem.path, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            throw KartrekkerErrorFactory.damaged(relativePath, position.line, position.column, problem.message.english, nl: problem.message.dutch)
        }
        return value
    }

    // MARK: Committing

    /// Writes `changes`: one file directly, several through the journal (see `Transaction`).
    func commit(_ changes: [Journal.Entry]) throws {
        precondition(lockDepth > 0, "writes happen under the lock")
        try transaction.commit(changes, applied: applied)
    }

    /// Replaces (or removes) one file, keeping its old version first when asked.
    func apply(_ entry: Journal.Entry) throws {
        try transaction.apply(entry, applied: applied)
    }

    /// What a replaced (or removed) file changes in memory: its decoded version is gone, and a
    /// data file this process wrote is known sound.
    private func applied(_ path: String, succeeded: Bool) {
        decoded.forget(path)
        guard succeeded, !path.hasPrefix(Backups.folder + "/") else { return }
        if let signature = FileSignature(path: root + "/" + path) {
            verified.files[path] = VerifiedFiles.token(signature)
        } else {
            verified.files[path] = nil
        }
        verifiedChanged = true
    }

    /// Completes an interrupted journaled write and removes temporary files left by a crash.
    private func recover() throws {
        let journalPath = root + "/" + Journal.fileName
        if let data = try DataStore.readInternal(journalPath, name: Journal.fileName) {
            guard let journal = try? JSONDecoder().decode(Journal.self, from: data) else {
                throw KartrekkerError("\(Journal.fileName):1:1: an interrupted write left a journal that cannot be read; nothing was changed",
                                      nl: "\(Journal.fileName):1:1: een onderbroken schrijfactie liet een journaal na dat niet te lezen is; er is niets gewijzigd",
                                      details: ["move it aside and run `kartrekker check`"],
                                      nlDetails: ["zet het opzij en draai `kartrekker check`"])
            }
            // A journal names data files of this layout and nothing else: a planted one must not
            // make a write touch anything outside the directory.
            if let bad = journal.entries.first(where: { !DataLayout.isJournalPath($0.path) }) {
                throw KartrekkerError("\(Journal.fileName):1:1: names \"\(SafeText.escaped(bad.path))\", which is not a data file of this directory; nothing was replayed or changed",
                                      nl: "\(Journal.fileName):1:1: noemt \"\(SafeText.escaped(bad.path))\", geen gegevensbestand van deze map; er is niets hersteld of gewijzigd",
                                      details: ["move it aside and run `kartrekker check`"],
                                      nlDetails: ["zet het opzij en draai `kartrekker check`"])
            }
            // Completed only where every file is exactly as the write left it, old or new:
            // another lead's write that arrived since (by sync, a restore) is never overwritten.
            for entry in journal.entries where entry.staged != true {
                let current = try? fileSystem.read(root + "/" + entry.path)
                if current != entry.contents && current != entry.previous {
                    throw KartrekkerError("\(Journal.fileName):1:1: a write was interrupted, and \(entry.path) has changed since (it is neither as before that write nor as after it); nothing was replayed or changed",
                                          nl: "\(Journal.fileName):1:1: een schrijfactie werd onderbroken, en \(entry.path) is sindsdien gewijzigd (niet zoals voor en niet zoals na die schrijfactie); er is niets hersteld of gewijzigd",
                                          details: ["the interrupted write's old and new contents are in \(Journal.fileName); "
                                                    + "compare them with \(entry.path), keep what is right, then move \(Journal.fileName) aside and run `kartrekker check`"],
                                                    nlDetails: ["de oude en nieuwe inhoud van de onderbroken schrijfactie staan in \(Journal.fileName); vergelijk ze met \(entry.path), houd wat klopt, zet \(Journal.fileName) dan opzij en draai `kartrekker check`"])
                }
            }
            for entry in journal.entries { try apply(entry) }
            try transaction.removeJournal()
            completedWrite = journal.entries.map(\.path)
        }
        // A replace-everything write that died before its journal: the old data is live.
        removeStaging()
        removeLegacyDerivedFiles()
        for path in temporaryFiles() { unlink(path) }
        checkedForJournal = true
    }

    /// What a crash left behind: temporary files of saves that never got renamed.
    private func temporaryFiles() -> [String] {
        ([root, root + "/" + Contribution.folder, root + "/" + Recognition.folder] + (derived.path.map { [$0] } ?? [])).flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasPrefix(AtomicFile.temporaryPrefix) }.map { folder + "/" + $0 }
        }
    }

    /// The start of a reading command after a crash: complete the interrupted write and clean
    /// up under the lock, without the checks a write makes.
    private func recoverUnderLock() throws {
        guard lockDepth == 0 else { return }
        try holdingLock {
            try recover()
            try saveVerified()
        }
    }

    /// Refuses to write while any data file is damaged or newer; migrates older ones (after a
    /// backup). Reads only files that changed since they were last found sound.
    private func verifyAll() throws {
        // From the user's own cache folder only: what another account can write must not vouch
        // for damaged files.
        if let data = readDerived(derived.file(VerifiedFiles.fileName)),
           let known = try? JSONDecoder().decode(VerifiedFiles.self, from: data) {
            verified = known
        } else {
            verified = VerifiedFiles()
            verifiedChanged = true
        }
        let files = dataFiles()
        let present = Set(files)
        for stale in verified.files.keys where !present.contains(stale) {
            verified.files[stale] = nil
            verifiedChanged = true
        }
        for file in files {
            guard let signature = FileSignature(path: root + "/" + file) else { continue }
            if verified.files[file] == VerifiedFiles.token(signature) { continue }
            if file == DataStore.employeesFile {
                try verify(EmployeesFile.self, file)
            } else if file.hasPrefix(Contribution.folder + "/") {
                try verify(MonthFile<Contribution>.self, file)
            } else {
                try verify(MonthFile<Recognition>.self, file)
            }
        }
    }

    private func verify<T: VersionedFile>(_ type: T.Type, _ file: String) throws {
        guard let value = try load(type, file) else { return }
        let newest = SchemaVersion.newest(forFile: file)
        if value.schemaVersion > newest {
            throw KartrekkerError("\(file) has schemaVersion \(value.schemaVersion), newer than this kartrekker knows (\(newest)); the data directory is read-only until kartrekker is updated",
                                  nl: "\(file) heeft schemaVersion \(value.schemaVersion), nieuwer dan deze kartrekker kent (\(newest)); de gegevensmap is alleen-lezen tot kartrekker is bijgewerkt")
        }
        // Only the bare list of version 0 is rewritten; a version 1 month file is a sound
        // version 2 one, kept as it is.
        if value.schemaVersion < 1 {
            try apply(change(value.migrated, file))
        } else if let signature = FileSignature(path: root + "/" + file) {
            verified.files[file] = VerifiedFiles.token(signature)
            verifiedChanged = true
        }
    }

    private func saveVerified() throws {
        guard verifiedChanged else { return }
        // A lost or stale `.verified` only costs a re-read next time, so a failure here is not
        // the user's save failing.
        if let data = verified.encoded(), let path = derived.file(VerifiedFiles.fileName) {
            try? AtomicFile.writeCache(data, to: path, fileSystem: fileSystem)
        }
        verifiedChanged = false
    }

    /// Creates `path` as 0700 (and, for the data directory itself, its missing parents),
    /// whatever the umask. An existing directory that others may read is narrowed to 0700; one
    /// its owner made read-only is respected (an error, nothing changed). Inside the data
    /// directory a folder must be a real directory, not a link to somewhere else.
    static func makeDirectory(_ path: String, under root: String?) throws {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let root, path != root {
            throw KartrekkerError("\(SafeText.escaped(path)) is a symbolic link; kartrekker writes only inside the data directory and changed nothing",
                                  nl: "\(SafeText.escaped(path)) is een symbolische koppeling; kartrekker schrijft alleen in de gegevensmap en wijzigde niets")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw KartrekkerError("\(SafeText.escaped(path)) is not a directory",
                                      nl: "\(SafeText.escaped(path)) is geen map")
            }
            guard stat(path, &info) == 0 else { return }
            let mode = info.st_mode & 0o777
            if mode & 0o200 == 0 {
                throw KartrekkerError("\(SafeText.escaped(path)) is read-only (mode \(String(mode, radix: 8))); nothing was changed",
                                      nl: "\(SafeText.escaped(path)) is alleen-lezen (modus \(String(mode, radix: 8))); er is niets gewijzigd",
                                      details: ["make it writable (chmod 700) to record here"],
                                      nlDetails: ["maak de map beschrijfbaar (chmod 700) om hier vast te leggen"])
            }
            if mode != 0o700 { chmod(path, 0o700) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if let root, path != root {
            try makeDirectory(parent, under: root)
        } else if !FileManager.default.fileExists(atPath: parent) {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            let failure = errno
            throw KartrekkerError("cannot create the directory \(SafeText.escaped(path)): \(String(cString: strerror(failure)))",
                                  nl: "de map \(SafeText.escaped(path)) kan niet gemaakt worden: \(SystemErrorText.text(failure, in: .dutch))")
        }
        chmod(path, 0o700)
    }
}
