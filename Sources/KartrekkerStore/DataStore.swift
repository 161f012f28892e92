import Foundation
import KartrekkerCore

/// The data directory: the one place that reads and writes kartrekker's files.
///
/// Layout: `employees.json`, `contributions/YYYY-MM.json`, `recognitions/YYYY-MM.json` (one
/// file per month of the records' dates, so recording one record rewrites one small file), and
/// `.lock`. Every write takes the lock, re-reads the file it changes, and replaces it atomically.
public final class DataStore {
    public static let employeesFile = "employees.json"

    public let directory: URL
    private let fileSystem: any FileSystem
    private let lockTimeout: Double
    private var cache: [String: CachedFile] = [:]
    private var lockDepth = 0

    private struct CachedFile {
        let signature: FileSignature
        let value: Any
    }

    public init(directory: URL, fileSystem: any FileSystem = PosixFileSystem(), lockTimeout: Double = 10) {
        self.directory = directory
        self.fileSystem = fileSystem
        self.lockTimeout = lockTimeout
    }

    private var root: String { directory.path }

    // MARK: Reading

    /// Every employee, archived ones included, in file order (by id).
    public func employees() throws -> [Employee] {
        try load(EmployeesFile.self, DataStore.employeesFile)?.employees ?? []
    }

    public func employeeDirectory() throws -> EmployeeDirectory {
        EmployeeDirectory(try employees())
    }

    /// The `YYYY-MM` months that have a file for `kind`, oldest first.
    public func months<Record: MonthRecord>(of kind: Record.Type) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + Record.folder)) ?? []
        return names.compactMap(DataStore.month(fromFileName:)).sorted()
    }

    /// The records dated in `range` (all of them for `nil`), reading only the months it touches.
    public func records<Record: MonthRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        var result: [Record] = []
        for month in months(of: kind) {
            if let range, let monthRange = DataStore.range(ofMonth: month), !monthRange.overlaps(range) { continue }
            for record in try monthRecords(kind, month) where range?.contains(record.date) ?? true {
                result.append(record)
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
    public func monthRecords<Record: MonthRecord>(_ kind: Record.Type, _ month: String) throws -> [Record] {
        try load(MonthFile<Record>.self, DataStore.path(of: kind, month))?.records ?? []
    }

    /// The record with `id`: first in the month its id was made in, then everywhere.
    public func record<Record: MonthRecord>(_ kind: Record.Type, id: String) throws -> Record? {
        try locate(kind, id: id)?.record
    }

    /// Whether the directory holds no employees and no records yet.
    public func isEmpty() throws -> Bool {
        try employees().isEmpty && months(of: Contribution.self).isEmpty && months(of: Recognition.self).isEmpty
    }

    // MARK: Writing

    public func add(_ employee: Employee) throws {
        try withWriteLock {
            var employees = try self.employees()
            guard !employees.contains(where: { $0.id == employee.id }) else {
                throw KartrekkerError("an employee with id \(employee.id) already exists")
            }
            employees.append(employee)
            try save(EmployeesFile(employees: employees), DataStore.employeesFile)
        }
    }

    public func update(_ employee: Employee) throws {
        try withWriteLock {
            var employees = try self.employees()
            guard let index = employees.firstIndex(where: { $0.id == employee.id }) else {
                throw KartrekkerError("no employee has id \(employee.id)")
            }
            employees[index] = employee
            try save(EmployeesFile(employees: employees), DataStore.employeesFile)
        }
    }

    public func add<Record: MonthRecord>(_ record: Record) throws {
        try withWriteLock {
            let month = record.date.monthKey
            var records = try monthRecords(Record.self, month)
            guard !records.contains(where: { $0.id == record.id }) else {
                throw KartrekkerError("a record with id \(record.id) already exists")
            }
            records.append(record)
            try saveMonth(records, month)
        }
    }

    /// Replaces the stored record with the same id; moves it to another month file when its
    /// date moved (written to the new month first, so a crash between the two steps leaves a
    /// duplicate that loads, never a loss).
    public func replace<Record: MonthRecord>(_ record: Record) throws {
        try withWriteLock {
            guard let found = try locate(Record.self, id: record.id) else {
                throw KartrekkerError("no record has id \(record.id)")
            }
            let month = record.date.monthKey
            var target = try monthRecords(Record.self, month)
            target.removeAll { $0.id == record.id }
            target.append(record)
            try saveMonth(target, month)
            if found.month != month {
                var old = try monthRecords(Record.self, found.month)
                old.removeAll { $0.id == record.id }
                try saveMonth(old, found.month)
            }
        }
    }

    /// Deletes a contribution and unlinks it from the recognitions that were for it.
    @discardableResult
    public func deleteContribution(id: String) throws -> Contribution {
        try withWriteLock {
            guard let found = try locate(Contribution.self, id: id) else {
                throw KartrekkerError("no contribution has id \(SafeText.escaped(id))")
            }
            // Unlink first: a crash after it leaves the contribution, unlinked, never a dangling link.
            for month in months(of: Recognition.self) where month >= found.month {
                var records = try monthRecords(Recognition.self, month)
                var changed = false
                for index in records.indices where records[index].contributionIds.contains(id) {
                    records[index].contributionIds.removeAll { $0 == id }
                    changed = true
                }
                if changed { try saveMonth(records, month) }
            }
            var records = try monthRecords(Contribution.self, found.month)
            records.removeAll { $0.id == id }
            try saveMonth(records, found.month)
            return found.record
        }
    }

    /// Runs `body` holding the directory's write lock, creating the directory (0700) first.
    /// Nested calls share the lock, so a command can check and write under one lock.
    public func withWriteLock<T>(_ body: () throws -> T) throws -> T {
        if lockDepth > 0 { return try body() }
        try ensureDirectory(root)
        let lock = try WriteLock(directory: root, timeout: lockTimeout)
        lockDepth += 1
        defer {
            lockDepth -= 1
            withExtendedLifetime(lock) {}
        }
        return try body()
    }

    // MARK: Files

    static func path<Record: MonthRecord>(of kind: Record.Type, _ month: String) -> String {
        Record.folder + "/" + month + ".json"
    }

    static func month(fromFileName name: String) -> String? {
        guard name.hasSuffix(".json"), name.count == 12 else { return nil }
        let month = String(name.prefix(7))
        return range(ofMonth: month) == nil ? nil : month
    }

    static func range(ofMonth month: String) -> DateRange? {
        guard let first = CalendarDate(month + "-01") else { return nil }
        return DateRange(from: first, to: first.lastOfMonth)
    }

    private func locate<Record: MonthRecord>(_ kind: Record.Type, id: String) throws -> (record: Record, month: String)? {
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

    private func saveMonth<Record: MonthRecord & StoredShape>(_ records: [Record], _ month: String) throws {
        try save(MonthFile(month: month, records: records), DataStore.path(of: Record.self, month))
    }

    /// Decodes the file at `relativePath`, or `nil` when it does not exist. Files that have not
    /// changed since they were last read come from memory.
    func load<T: Decodable>(_ type: T.Type, _ relativePath: String) throws -> T? {
        let path = root + "/" + relativePath
        guard let signature = FileSignature(path: path) else { return nil }
        if let cached = cache[relativePath], cached.signature == signature, let value = cached.value as? T {
            return value
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KartrekkerError("cannot read \(relativePath): \(error.localizedDescription)")
        }
        let value = try DataStore.decode(type, from: data, file: relativePath)
        cache[relativePath] = CachedFile(signature: signature, value: value)
        return value
    }

    /// Decodes a data file, turning every failure into an error naming file, line and column.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as NewerSchemaError {
            throw KartrekkerErrorFactory.newer(file, found: error.found)
        } catch let error as DecodingError {
            if let syntax = JSONLocator.syntaxError(in: data) {
                throw KartrekkerErrorFactory.damaged(file, syntax.position.line, syntax.position.column, syntax.message)
            }
            let (path, message) = DataStore.explain(error)
            let position = JSONLocator.position(of: path, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            throw KartrekkerErrorFactory.damaged(file, position.line, position.column, message)
        } catch {
            throw KartrekkerErrorFactory.damaged(file, 1, 1, "\(error)")
        }
    }

    private static func explain(_ error: DecodingError) -> ([any CodingKey], String) {
        func where_(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "at the top" }
            return "at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath, "\(where_(context.codingPath)): the required key \"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "\(where_(context.codingPath)): expected \(describe(type)), found another type")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "\(where_(context.codingPath)): expected \(describe(type)), found null")
        case .dataCorrupted(let context):
            return (context.codingPath, "\(where_(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        if type is String.Type { return "a string" }
        if type is Int.Type || type is Double.Type { return "a number" }
        if type is Bool.Type { return "true or false" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") || name.contains("Keyed") { return "an object" }
        return name
    }

    private func save<T: StoredShape>(_ value: T, _ relativePath: String) throws {
        let path = root + "/" + relativePath
        try ensureDirectory((path as NSString).deletingLastPathComponent)
        let data = Data((JSONWriter.string(value.storedValue, sortedKeys: true) + "\n").utf8)
        do {
            try AtomicFile.write(data, to: path, fileSystem: fileSystem)
        } catch {
            cache[relativePath] = nil
            throw KartrekkerErrorFactory.saveFailed(relativePath, error)
        }
        if let signature = FileSignature(path: path) {
            cache[relativePath] = CachedFile(signature: signature, value: value)
        }
    }

    /// Creates `path` (and the data directory above it) as 0700, whatever the umask.
    private func ensureDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw KartrekkerError("\(path) is not a directory") }
        } else {
            let parent = (path as NSString).deletingLastPathComponent
            if path != root { try ensureDirectory(parent) } else if !FileManager.default.fileExists(atPath: parent) {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
                throw KartrekkerError("cannot create the data directory \(path): \(String(cString: strerror(errno)))")
            }
        }
        chmod(path, 0o700)
    }
}
