import Foundation
@testable import KartrekkerApp
import KartrekkerCore

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

    static func session(today: CalendarDate? = nil, clock: TestClock = TestClock(monday)) -> Session {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kartrekker-app-\(UUID().uuidString)")
        return Session(SessionConfiguration(dataDirectory: directory, lockTimeout: 2, user: "tester",
                                            clock: Clock(fixedToday: today, timeZone: utc) { clock.now }))
    }

    static func remove(_ session: Session) {
        try? FileManager.default.removeItem(at: session.dataDirectory)
    }
}
