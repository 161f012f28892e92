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
        // Never through a link: a planted `.lock` pointing elsewhere must not truncate its target.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            if errno == ELOOP {
                throw KartrekkerError("\(path) is a symbolic link; kartrekker does not follow it and changed nothing",
                                      details: ["remove the link if you did not put it there"])
            }
            throw FileSystemError(call: "open", path: path, code: errno)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw KartrekkerError("\(path) is not a plain file; kartrekker changed nothing")
        }
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
