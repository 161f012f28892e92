import Foundation

/// The real file system, through POSIX calls.
public struct PosixFileSystem: FileSystem {
    public init() {}

    public func createExclusive(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, code: errno) }
        // The umask may have taken bits away from 0600 (never added): set it exactly.
        guard fchmod(descriptor, 0o600) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            unlink(path)
            throw FileSystemError(call: "fchmod", path: path, code: code)
        }
        return descriptor
    }

    public func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(call: "write", path: "fd \(descriptor)", code: errno)
            }
            offset += written
        }
    }

    public func read(_ path: String) throws -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw FileSystemError(call: "open", path: path, code: errno)
        }
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(call: "fstat", path: path, code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileSystemError(call: "read", path: path, code: EISDIR) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 4096)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(65536, bytes.count / 2)) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(call: "read", path: path, code: errno)
            }
            if got == 0 { break }
            count += got
        }
        return Data(bytes[0..<count])
    }

    public func fsync(_ descriptor: Int32) throws {
        guard Glibc.fsync(descriptor) == 0 else {
            throw FileSystemError(call: "fsync", path: "fd \(descriptor)", code: errno)
        }
    }

    public func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    public func rename(_ source: String, _ target: String) throws {
        guard Glibc.rename(source, target) == 0 else {
            throw FileSystemError(call: "rename", path: target, code: errno)
        }
    }

    public func remove(_ path: String) {
        unlink(path)
    }

    public func openDirectory(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(call: "open", path: path, code: errno) }
        return descriptor
    }
}
