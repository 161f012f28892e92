import Foundation
import KartrekkerCore

/// An exclusive `flock` on the data directory's `.lock` file, held for the whole of a write.
///
/// A separate lock file, never a data file: on SMB shares a lock on a data file becomes
/// mandatory and would stop readers. The holder writes its host and pid into the file so that
/// a waiting user can be told who holds it.
final class WriteLock {
    static let fileName = ".lock"

    private let descriptor: Int32

    /// Waits up to `timeout` seconds for the lock.
    init(directory: String, timeout: Double) throws {
        let path = directory + "/" + WriteLock.fileName
        // Never through a link, symbolic or hard: a planted `.lock` that is another name of a
        // file elsewhere must not have that file truncated and chmod'ed.
        let descriptor = try PosixFileSystem.openPlainFile(path, flags: O_RDWR | O_CREAT)
        fchmod(descriptor, 0o600)
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(descriptor)
                throw KartrekkerErrorFactory.lockHeld(path: path, holder: holder, seconds: timeout)
            }
            usleep(20_000)
        }
        self.descriptor = descriptor
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count)
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let holder = "\(hostName) pid \(getpid())\n"
        ftruncate(descriptor, 0)
        _ = holder.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
