import Foundation
import KartrekkerCore

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

    /// The largest file kartrekker reads: far past any month of an organisation's records
    /// (a month of a thousand people is a few megabytes), so that a planted file (a sparse one
    /// of gigabytes) costs no memory.
    public static let largestFile = 256 << 20

    public func read(_ path: String) throws -> Data? {
        let descriptor = try PosixFileSystem.openPlainFile(path, flags: O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileSystemError(call: "fstat", path: path, code: errno) }
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

    /// Opens `path` only if it is a plain file of its own: never through a symbolic link, never
    /// a FIFO or a device (which would hang or be read for ever), never a file with another
    /// name (a hard link to a file elsewhere, which a change through it would change), never
    /// one larger than `largestFile`. Fast: nothing waits for a writer at the other end.
    /// Returns -1 when there is no such file; throws, naming the file, for anything else.
    public static func openPlainFile(_ path: String, flags: Int32, mode: mode_t = 0o600) throws -> Int32 {
        let descriptor = open(path, flags | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, mode)
        guard descriptor >= 0 else {
            if errno == ENOENT, flags & O_CREAT == 0 { return -1 }
            if errno == ELOOP { throw refusal(path, "is a symbolic link") }
            throw FileSystemError(call: "open", path: path, code: errno)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw FileSystemError(call: "fstat", path: path, code: code)
        }
        let problem: String? = switch info.st_mode & S_IFMT {
        case S_IFREG where info.st_nlink > 1 && !isBackupPair(path, inode: info.st_ino, links: info.st_nlink):
            "has another name as well (a hard link, perhaps to a file outside the data directory)"
        case S_IFREG where info.st_size > off_t(largestFile): "is \(info.st_size) bytes, larger than any file kartrekker writes (\(largestFile >> 20) MiB)"
        case S_IFREG: nil
        case S_IFIFO: "is a FIFO, not a plain file"
        case S_IFCHR, S_IFBLK: "is a device, not a plain file"
        case S_IFDIR: "is a directory, not a plain file"
        default: "is not a plain file"
        }
        if let problem {
            Glibc.close(descriptor)
            throw refusal(path, problem)
        }
        // Reads and writes of a plain file block as usual.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// Whether every other name of `path`'s inode (`links` names in all) is a backup of the
    /// same data file, or the data file itself: a write killed between keeping a backup (a hard
    /// link) and renaming the new version over the file leaves that, and a planted link to a
    /// file outside never does.
    static func isBackupPair(_ path: String, inode: ino_t, links: nlink_t) -> Bool {
        guard let (root, relative) = dataFile(of: path) else { return false }
        let url = URL(fileURLWithPath: relative)
        let name = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent().relativePath == "." ? "" : url.deletingLastPathComponent().relativePath + "/"
        let backups = root + "/backups/"
        func listed(_ folder: String) -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] }
        let candidates = [root + "/" + relative]
            + listed(backups + folder).filter { $0.hasPrefix(name + ".") }.map { backups + folder + $0 }
            + listed(backups).filter { $0.hasPrefix("replaced-") }.map { backups + $0 + "/" + relative }
        let others = candidates.filter { candidate in
            var info = stat()
            return candidate != path && lstat(candidate, &info) == 0 && info.st_ino == inode && (info.st_mode & S_IFMT) == S_IFREG
        }
        return others.count == Int(links) - 1
    }

    /// The data directory and the data file (relative to it) that `path` is, or is a backup of:
    /// `ROOT/contributions/2026-11.json`, `ROOT/backups/contributions/2026-11.STAMP.json`,
    /// `ROOT/backups/replaced-STAMP/contributions/2026-11.json`.
    private static func dataFile(of path: String) -> (root: String, relative: String)? {
        var pieces = URL(fileURLWithPath: path).pathComponents
        if let index = pieces.lastIndex(of: "backups"), index + 1 < pieces.count {
            let root = NSString.path(withComponents: Array(pieces[..<index]))
            var inner = Array(pieces[(index + 1)...])
            if inner[0].hasPrefix("replaced-") {
                inner.removeFirst()
                return inner.isEmpty ? nil : (root, inner.joined(separator: "/"))
            }
            // NAME.STAMP.json: the data file is NAME.json.
            let last = ((inner.removeLast() as NSString).deletingPathExtension as NSString).deletingPathExtension
            return (root, (inner + [last + ".json"]).joined(separator: "/"))
        }
        let name = pieces.removeLast()
        if let folder = pieces.last, ["contributions", "recognitions"].contains(folder) {
            pieces.removeLast()
            return (NSString.path(withComponents: pieces), folder + "/" + name)
        }
        return (NSString.path(withComponents: pieces), name)
    }

    private static func refusal(_ path: String, _ problem: String) -> KartrekkerError {
        KartrekkerError("\(path) \(problem); kartrekker does not use it and changed nothing",
                        nl: "\(path) \(problem); kartrekker gebruikt het niet en wijzigde niets",
                        details: ["remove or replace it if you did not put it there"],
                        nlDetails: ["verwijder of vervang het als jij het daar niet neerzette"])
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
    public func read(_ path: String, ranges: [Range<Int>]) throws -> [Data]? {
        let descriptor = try PosixFileSystem.openPlainFile(path, flags: O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { _ = Glibc.close(descriptor) }
        var pieces: [Data] = []
        pieces.reserveCapacity(ranges.count)
        for range in ranges {
            guard range.lowerBound >= 0 else { return nil }
            var piece = Data(count: range.count)
            var count = 0
            while count < range.count {
                let got = piece.withUnsafeMutableBytes { buffer in
                    pread(descriptor, buffer.baseAddress! + count, range.count - count, off_t(range.lowerBound + count))
                }
                if got < 0 && errno == EINTR { continue }
                if got < 0 { throw FileSystemError(call: "pread", path: path, code: errno) }
                if got == 0 { return nil }
                count += got
            }
            pieces.append(piece)
        }
        return pieces
    }

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
