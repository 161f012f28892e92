import Foundation
import KartrekkerApp

/// Tells the data's changes by others from the UI's own: the runner polls `probe` off the key
/// path and reloads when its value changes; a write the UI makes itself is wrapped in
/// `ownWrite`, which reloads what it changed once, so the watcher must not reload it again.
final class ChangeWatch: @unchecked Sendable {
    private let configuration: SessionConfiguration
    private let lock = NSLock()
    /// The stamp of the data as the UI last knew it (loaded, or written itself).
    private var known: Int?
    /// Counts changes made by others: the value the runner compares.
    private var generation = 0
    private var writing = 0

    init(configuration: SessionConfiguration) {
        self.configuration = configuration
    }

    /// A value that changes when someone else changes the data.
    func probe() -> Int {
        lock.lock()
        defer { lock.unlock() }
        // Mid-write, the files are the UI's own and half done: nothing to tell yet. The stamp is
        // read under the lock so that a write's stamp and a probe's never cross.
        guard writing == 0 else { return generation }
        let current = Session(configuration).changeStamp().hashValue
        if let known, known != current { generation += 1 }
        known = current
        return generation
    }

    /// Runs the UI's own write; what it changed is known afterwards, not a change to reload.
    func ownWrite<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        writing += 1
        lock.unlock()
        defer {
            let after = Session(configuration).changeStamp().hashValue
            lock.lock()
            writing -= 1
            // A change by someone else just before this write is shown all the same: the UI
            // reloads everything after its own write.
            known = after
            lock.unlock()
        }
        return try body()
    }
}
