import Foundation
import KartrekkerCore
import KartrekkerPort
import KartrekkerStore

/// The application layer's one door: the command line and the terminal UI ask a session, and
/// only a session reaches the store. Every use case validates with Core's rules, takes the
/// write lock where it writes, and returns a typed result, never printed text.
///
/// A session is not shared between threads: work off the key path opens its own session from
/// the same `configuration`.
public final class Session {
    public let configuration: SessionConfiguration
    let store: any RecordStore

    public init(_ configuration: SessionConfiguration) {
        self.configuration = configuration
        store = configuration.openStore?(configuration.lockTimeout)
            ?? DataStore(directory: configuration.dataDirectory, lockTimeout: configuration.lockTimeout,
                         keepsSummariesCurrent: configuration.keepsSummariesCurrent)
    }

    public convenience init(dataDir: String?, environment: [String: String]) throws {
        self.init(try SessionConfiguration(dataDir: dataDir, environment: environment))
    }

    public var dataDirectory: URL { configuration.dataDirectory }

    /// Where the records are, for messages: the data directory's path or the database.
    public var storeDescription: String { store.location }

    /// Whether this user may change anything (HR on a database reads only).
    public func mayWrite() throws -> Bool { try store.mayWrite() }

    /// Whether this user may load the demo organisation (it replaces everything).
    public func mayLoadDemo() throws -> Bool { try store.mayReplaceEverything() }
    public var user: String { configuration.user }

    /// Who a record written now is recorded by: the user, or on a database the role signed in
    /// (the database sets it, whatever a client sends).
    public var recorder: String { store.recorder ?? user }

    /// Today, read from the clock each time it is asked.
    public var today: CalendarDate { configuration.clock.today() }

    /// Warnings a command shows after its result: files from a newer kartrekker, and what the
    /// store did on its own (an interrupted write completed).
    public var warnings: [Phrase] { store.notices + store.warnings }

    /// Why the store is read-only for this version (files from a newer kartrekker), if it is.
    public var readOnlyWarnings: [Phrase] { store.warnings }

    /// What the store did on its own that the user is told of.
    public var notices: [Phrase] { store.notices }

    /// Whether the data directory holds no employees and no records (or does not exist yet).
    public func isEmpty() throws -> Bool { try store.isEmpty() }

    /// A value that changes whenever another process (or this one) changes a data file; one
    /// `stat` per file, so it can be polled.
    public func changeStamp() -> ChangeStamp { store.changeStamp() }

    // MARK: Typed dates

    /// A typed date (`YYYY-MM-DD`, `today`, `yesterday`) relative to today; `field` names it in
    /// the error.
    public func date(_ text: String, field: String) throws -> CalendarDate {
        try DateInput.date(text, field: field, today: today)
    }

    public func date(_ text: String?, field: String) throws -> CalendarDate? {
        try text.map { try date($0, field: field) }
    }

    /// The range of optional `--from`/`--to` texts; `nil` when neither is given.
    public func range(from: String?, to: String?) throws -> DateRange? {
        try DateInput.range(from: from, to: to, today: today)
    }

    // MARK: Lookups

    public func employeeDirectory() throws -> EmployeeDirectory {
        try store.employeeDirectory()
    }

    /// The employee a reference names: an id, a whole name or a unique prefix of one.
    public func employee(_ reference: String) throws -> Employee {
        // An id (what the screens and scripts pass) is looked up alone: a database need not
        // send the whole directory for it.
        if let found = try store.employee(id: reference.trimmingCharacters(in: .whitespaces)) { return found }
        return try store.employeeDirectory().resolve(reference)
    }

    public func contribution(id: String) throws -> Contribution {
        guard let found = try store.record(Contribution.self, id: id) else {
            throw KartrekkerError("no contribution has id \(SafeText.escaped(id))",
                                  nl: "geen bijdrage heeft id \(SafeText.escaped(id))")
        }
        return found
    }

    public func recognition(id: String) throws -> Recognition {
        guard let found = try store.record(Recognition.self, id: id) else {
            throw KartrekkerError("no recognition has id \(SafeText.escaped(id))",
                                  nl: "geen waardering heeft id \(SafeText.escaped(id))")
        }
        return found
    }
}
