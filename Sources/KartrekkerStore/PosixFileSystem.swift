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
        // Read straight into the buffer the Data keeps: no zero-filling, no second copy (a month
        // file is megabytes, and a log reads one).
        let size = max(Int(info.st_size), 0)
        if size >= 1 << 18 {
            if let data = PosixFileSystem.readMapped(descriptor, size: size) { return data }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw FileSystemError(call: "lseek", path: path, code: errno) }
        }
        var capacity = size + 4096
        guard var buffer = malloc(capacity) else { throw FileSystemError(call: "read", path: path, code: ENOMEM) }
        var count = 0
        while true {
            if count == capacity {
                capacity += max(65536, capacity / 2)
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    throw FileSystemError(call: "read", path: path, code: ENOMEM)
                }
                buffer = grown
            }
            let got = Glibc.read(descriptor, buffer + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(buffer)
                throw FileSystemError(call: "read", path: path, code: code)
            }
            if got == 0 { break }
            count += got
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
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

    /// A large file read into memory mapped with its pages made at once (`MAP_POPULATE`): one
    /// call instead of a page fault for every 4 KiB as the bytes arrive. `nil` when the file
    /// is not `size` bytes any more or mapping fails (then it is read the plain way).
    private static func readMapped(_ descriptor: Int32, size: Int) -> Data? {
        let capacity = size + 1
        guard let memory = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0),
              memory != MAP_FAILED else { return nil }
        var count = 0
        while count < capacity {
            let got = Glibc.read(descriptor, memory + count, capacity - count)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            count += got
        }
        // One byte more than the size was asked for: getting it means the file grew meanwhile.
        guard count == size, lseek(descriptor, 0, SEEK_CUR) == off_t(size) else {
            munmap(memory, capacity)
            return nil
        }
        return Data(bytesNoCopy: memory, count: count, deallocator: .custom { pointer, _ in munmap(pointer, capacity) })
    }
}
