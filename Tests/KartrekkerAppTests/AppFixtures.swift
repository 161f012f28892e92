import Foundation
import KartrekkerPort
import Testing
@testable import KartrekkerApp
import KartrekkerCore
import KartrekkerPostgres
import KartrekkerTestSupport

/// A session on a fresh temporary data directory, with a clock the test moves.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}

enum AppFixtures {
    static let utc = TimeZone(identifier: "UTC")!

    /// 2026-11-30 09:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_796_029_200)

    static func session(today: CalendarDate? = nil, clock: TestClock = TestClock(monday), on backend: Backend = .directory) throws
        -> Session {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kartrekker-app-\(UUID().uuidString)")
        return Session(SessionConfiguration(dataDirectory: directory, lockTimeout: 2, user: "tester",
                                            clock: Clock(fixedToday: today, timeZone: utc) { clock.now },
                                            openStore: try backend.opener()))
    }

    /// Another user's session on the same data directory and clock (a team lead who is also
    /// an employee, recording under their own name).
    static func session(as user: String, beside other: Session) -> Session {
        Session(SessionConfiguration(dataDirectory: other.dataDirectory, lockTimeout: 2, user: user, clock: other.configuration.clock))
    }

    static func remove(_ session: Session) {
        try? FileManager.default.removeItem(at: session.dataDirectory)
    }
}

/// Where a test's records are kept: the behaviour tests run once on each store there is.
enum Backend: String, CustomTestStringConvertible, Sendable {
    case directory
    case postgres

    var testDescription: String { rawValue }

    /// The data directory always; PostgreSQL too in a build with the trait and a server to use
    /// (`KARTREKKER_TEST_POSTGRES=postgres://USER@/postgres?host=/socket/dir`, which `.ci/run`
    /// sets up).
    static var available: [Backend] {
        [.directory] + (TestDatabase.address == nil ? [] : [.postgres])
    }

    /// A fresh store for one test: a new database on the server.
    func opener() throws -> StoreOpener? {
        switch self {
        case .directory:
            return nil
        case .postgres:
            #if PostgreSQL
            guard TestDatabase.address != nil else { return nil }
            let location = try TestDatabase.fresh()
            try PostgresStore(location).migrate()
            return PostgresStore.opener(location)
            #else
            return nil
            #endif
        }
    }
}
