import Foundation

/// Replaces a file so that a reader sees the old bytes or the new, never a mix, and a crash at
/// any moment leaves one of the two on disk.
///
/// Not `Data.write(options: .atomic)`: on Linux it resets the mode to 0644, does not sync the
/// directory and may fall back to writing in place.
enum AtomicFile {
    /// Temporary files start with this, so a later start can find what a crash left behind.
    static let temporaryPrefix = ".tmp-"

    /// temp file (O_EXCL, 0600) → write → fsync → rename over `path` → fsync the directory.
    /// On failure the temporary file is removed, the old file is untouched, and the error thrown.
    static func write(_ data: Data, to path: String, fileSystem: some FileSystem) throws {
        try write(pieces: [data], to: path, fileSystem: fileSystem)
    }

    /// A derived file (a cache in the user's own folder): written whole under a temporary name
    /// and renamed, so a reader sees the old file or the new one, but not forced to disk — after
    /// a crash one may be missing, stale or empty, and it is then rebuilt (its token and
    /// checksum say so). A log on the organisation's data set saves two `fsync`s by it.
    static func writeCache(_ data: Data, to path: String, fileSystem: some FileSystem) throws {
        try write(pieces: [data], to: path, fileSystem: fileSystem, durable: false)
    }

    /// `write`, with the contents given as pieces written one after the other.
    static func write(pieces: [Data], to path: String, fileSystem: some FileSystem, durable: Bool = true) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = directory + "/" + temporaryPrefix + name + "-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = try fileSystem.createExclusive(temporary)
        do {
            for piece in pieces {
                try piece.withUnsafeBytes { try fileSystem.write(descriptor, $0) }
            }
            if durable { try fileSystem.fsync(descriptor) }
            fileSystem.close(descriptor)
        } catch {
            fileSystem.close(descriptor)
            fileSystem.remove(temporary)
            throw error
        }
        do {
            try fileSystem.rename(temporary, path)
        } catch {
            fileSystem.remove(temporary)
            throw error
        }
        guard durable else { return }
        // The rename is only durable once the directory entry is on disk.
        let directoryDescriptor = try fileSystem.openDirectory(directory)
        defer { fileSystem.close(directoryDescriptor) }
        try fileSystem.fsync(directoryDescriptor)
    }
}
