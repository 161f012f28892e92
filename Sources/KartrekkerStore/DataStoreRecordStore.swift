import Foundation
import KartrekkerCore
import KartrekkerPort

/// The data directory as the store a session asks.
extension DataStore: RecordStore {
    public var recorder: String? { nil }
    public var location: String { directory.path }

    public func employee(id: String) throws -> Employee? { try employees().first { $0.id == id } }

    /// A directory not made yet has none (and is not read for them).
    public func assignableTeams() throws -> [String] { try isEmpty() ? [] : employeeDirectory().teams }

    /// Data from a newer kartrekker is said by `warnings`; otherwise the files decide.
    public func mayWrite() throws -> Bool { true }

    /// Whoever may write the directory may.
    public func mayReplaceEverything() throws -> Bool { true }

    /// One lock for every write: a file is rewritten whole.
    public func withRecordWriteLock<T>(_ body: () throws -> T) throws -> T { try withWriteLock(body) }

    /// On a store of its own that completes no interrupted write: `check` changes nothing.
    public func checkEverything(progress: (Int, Int) -> Void) throws -> CheckReport {
        let exact = DataStore(directory: directory, recoversInterruptedWrites: false)
        try exact.requireDirectory()
        return exact.check(progress: progress)
    }

    public var isDatabase: Bool { false }

    /// A data directory has no roles: whoever may read its files reads everything.
    public func accessSummary() throws -> Phrase? { nil }

    public func roleLines() throws -> [String]? { nil }
}
