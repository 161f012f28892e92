#if PostgreSQL
import Foundation

/// Waits for async work from synchronous code: a session answers synchronously, and it is
/// called from the command line's main thread, the UI's background threads, or a test.
///
/// The work runs on an executor of its own (a serial queue's thread), never on the shared
/// pool: a caller that itself runs on the pool (a test, say) would otherwise block a pool
/// thread while waiting for work that needs one, and with two cores two such callers hang.
/// Each store has one: sessions on many threads at once (fifty team leads in one process)
/// would otherwise queue on a single thread for every reply.
final class Blocking: TaskExecutor, @unchecked Sendable {
    /// For work of no store's (the change listener).
    static let shared = Blocking()

    private final class Box<T>: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<T, any Error>?
    }

    private let queue = DispatchQueue(label: "kartrekker.postgres")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }

    /// Starts `work` here and returns at once: a listener that must make progress while every
    /// thread of the shared pool is blocked waiting.
    func start(_ work: @escaping @Sendable () async -> Void) {
        Task(executorPreference: self) { await work() }
    }

    func wait<T>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        Task(executorPreference: self) {
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
