#if PostgreSQL
import Foundation
import PostgresNIO

/// Hears the database's change notices (`LISTEN kartrekker_changes`; every write sends one as
/// it commits) on a connection of its own, and counts them: the terminal UI asks the count
/// whenever it looks for changes, without a query. One per database address in a process;
/// when its connection is lost it stops, and the next question starts it again.
final class PostgresListener: @unchecked Sendable {
    static let channel = "kartrekker_changes"

    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var running: [String: PostgresListener] = [:]

    private let lock = NSLock()
    private var heard = 0
    private var stopped = false

    /// The notices heard so far on `database` (a listener is started on first asking); `nil`
    /// while none is listening (just started, or its connection lost): the caller then asks the
    /// database itself.
    static func heard(on database: PostgresLocation, password: String?) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if let listener = running[database.description], !listener.isStopped { return listener.count }
        let listener = PostgresListener()
        running[database.description] = listener
        listener.start(database, password: password)
        return nil
    }

    private var count: Int? {
        lock.withLock { stopped ? nil : heard }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func start(_ database: PostgresLocation, password: String?) {
        guard let configuration = try? PostgresStore.configuration(database, password: password) else {
            lock.withLock { stopped = true }
            return
        }
        Blocking.shared.start { [self] in
            do {
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 2,
                                                                      logger: Logger(label: "kartrekker.listen"))
                defer { PostgresStore.close(connection) }
                try await connection.listen(on: PostgresListener.channel) { notifications in
                    for try await _ in notifications { self.lock.withLock { self.heard += 1 } }
                }
            } catch {}
            lock.withLock { stopped = true }
        }
    }
}
#endif
