import Foundation
import KartrekkerCore

/// A file the user named, written a piece at a time and put in place only when whole: a
/// temporary file beside it (0600), then `fsync` and `rename`. An existing file is refused
/// unless forced; on any failure the temporary file goes and nothing is left half-written.
final class StreamingFile {
    let path: String
    private let temporary: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var done = false

    init(_ path: String, force: Bool) throws {
        if !force && FileManager.default.fileExists(atPath: path) {
            throw KartrekkerError("\(SafeText.escaped(path)) exists; add --force to overwrite it",
                                  nl: "\(SafeText.escaped(path)) bestaat al; voeg --force toe om het te overschrijven")
        }
        self.path = path
        temporary = (path as NSString).deletingLastPathComponent + "/.kartrekker-export-\(getpid())-"
            + (path as NSString).lastPathComponent
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let failure = errno
            throw KartrekkerError("cannot write \(SafeText.escaped(path)): \(String(cString: strerror(failure)))",
                                  nl: "\(SafeText.escaped(path)) kan niet geschreven worden: \(SystemErrorText.text(failure, in: .dutch))")
        }
        fchmod(descriptor, 0o600)
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) throws {
        buffer += Array(text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what `fill` appends to the buffer (a record, without a copy of its own).
    func write(_ fill: (inout [UInt8]) -> Void) throws {
        fill(&buffer)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw fail() }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left, syncs, and puts the file in place.
    func finish() throws {
        try flush()
        guard fsync(descriptor) == 0 else { throw fail() }
        close(descriptor)
        done = true
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw KartrekkerError("cannot write \(SafeText.escaped(path)): \(String(cString: strerror(code)))",
                                  nl: "\(SafeText.escaped(path)) kan niet geschreven worden: \(SystemErrorText.text(code, in: .dutch))")
        }
    }

    /// Gives up: the temporary file goes.
    func abandon() {
        guard !done else { return }
        done = true
        close(descriptor)
        unlink(temporary)
    }

    private func fail() -> KartrekkerError {
        let failure = errno
        abandon()
        return KartrekkerError("cannot write \(SafeText.escaped(path)): \(String(cString: strerror(failure)))",
                               nl: "\(SafeText.escaped(path)) kan niet geschreven worden: \(SystemErrorText.text(failure, in: .dutch))")
    }
}
