import Foundation
import KartrekkerCore

/// Writes a file the user named, outside the data directory: 0600, never over an existing
/// file unless forced.
public enum ExportFile {
    public static func write(_ data: Data, to path: String, force: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (force ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw KartrekkerError("\(SafeText.escaped(path)) exists; add --force to overwrite it",
                                                      nl: "\(SafeText.escaped(path)) bestaat al; voeg --force toe om het te overschrijven") }
            throw KartrekkerError("cannot write \(SafeText.escaped(path)): \(String(cString: strerror(code)))",
                                  nl: "\(SafeText.escaped(path)) kan niet geschreven worden: \(SystemErrorText.text(code, in: .dutch))")
        }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(descriptor) == 0 else {
            let failure = errno
            throw KartrekkerError("cannot write \(SafeText.escaped(path)): \(String(cString: strerror(failure)))",
                                  nl: "\(SafeText.escaped(path)) kan niet geschreven worden: \(SystemErrorText.text(failure, in: .dutch))")
        }
    }
}
