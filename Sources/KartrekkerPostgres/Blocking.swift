#if PostgreSQL
import Foundation

/// Waits for async work from synchronous code: a session answers synchronously, and it is
/// called from the command line's main thread, the UI's background threads, or a test.
///
/// The work runs on an executor of its own (a serial queue's thread), never on the shared
/// pool: a caller that itself runs on the pool (a test, say) would otherwise block a pool
/// thread while waiting for work that needs one, and with two cores two such callers hang.
enum Blocking {
    private final class Box<T>: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<T, any Error>?
    }

    /// Runs the jobs of the work it is given on one dedicated queue.
    private final class QueueExecutor: TaskExecutor, @unchecked Sendable {
        static let shared = QueueExecutor()
        private let queue = DispatchQueue(label: "kartrekker.postgres")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    static func wait<T>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        Task(executorPreference: QueueExecutor.shared) {
            do {
                box.result = .success(try await work())
            } catch {
                box.result = .failure(error)
            }
            box.done.signal()
        }
        box.done.wait()
        return try box.result!.get()
    }
}
#endif
