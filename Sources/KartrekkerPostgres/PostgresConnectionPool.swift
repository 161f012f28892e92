#if PostgreSQL
import Foundation
import PostgresNIO

/// Connections kept open between stores, per database address: the terminal UI opens a store
/// for each load off the key path, and a new connection each time (its start-up and the
/// schema check; over a network, TLS and a password exchange too) would cost more than most
/// of the queries. Only a connection outside any transaction comes back; one the server
/// closed meanwhile is dropped when taken.
final class PostgresConnectionPool: @unchecked Sendable {
    static let shared = PostgresConnectionPool()

    /// More idle connections than loads at once only hold server slots.
    static let keptPerDatabase = 4

    private let lock = NSLock()
    /// Guarded by `lock`: idle connections per address, with whether the schema was found
    /// current on them.
    private var idle: [String: [(connection: PostgresConnection, schemaChecked: Bool)]] = [:]

    /// An idle connection to `database` that is still open, if any.
    func take(_ database: PostgresLocation) -> (connection: PostgresConnection, schemaChecked: Bool)? {
        lock.withLock {
            while var kept = idle[database.description], let last = kept.popLast() {
                idle[database.description] = kept
                if !last.connection.isClosed { return last }
            }
            return nil
        }
    }

    /// Keeps `connection` for the next store, or closes it when enough are kept.
    func give(_ connection: PostgresConnection, schemaChecked: Bool, to database: PostgresLocation) {
        let kept = lock.withLock {
            guard !connection.isClosed, idle[database.description, default: []].count < PostgresConnectionPool.keptPerDatabase else {
                return false
            }
            idle[database.description, default: []].append((connection, schemaChecked))
            return true
        }
        if !kept { PostgresStore.close(connection) }
    }

    /// How many are idle for `database` (for tests).
    func idleCount(_ database: PostgresLocation) -> Int {
        lock.withLock { idle[database.description]?.count ?? 0 }
    }
}
#endif
