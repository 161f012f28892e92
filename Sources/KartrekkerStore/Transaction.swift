import Foundation
import KartrekkerCore

/// Writes data files so that a crash or a failure leaves all of a change or none of it.
///
/// One file is replaced atomically. Several go through the journal: their old and new contents
/// are written to `.journal` first, then each file is replaced, then the journal is removed. A
/// step that fails without a crash (a full disk) is undone from the old contents; a crash is
/// completed by the next kartrekker that takes the lock. Each replaced file is reported to
/// `applied(path, succeeded)`, so the store can forget what it decoded and note what it wrote.
struct Transaction {
    let root: String
    let fileSystem: any FileSystem

    typealias Applied = (_ path: String, _ succeeded: Bool) -> Void

    /// Writes `changes`: one file directly, several through the journal.
    func commit(_ changes: [Journal.Entry], applied: Applied) throws {
        guard !changes.isEmpty else { return }
        if changes.count == 1 {
            try apply(changes[0], applied: applied)
            return
        }
        let entries = changes.map { entry in
            var copy = entry.joined
            copy.previous = try? fileSystem.read(root + "/" + entry.path) ?? nil
            return copy
        }
        try writeJournal(entries)
        var done: [Journal.Entry] = []
        do {
            for entry in entries {
                try apply(entry, applied: applied)
                done.append(entry)
            }
        } catch let failure {
            do {
                for entry in done.reversed() {
                    try apply(Journal.Entry(path: entry.path, contents: entry.previous, backup: false), applied: applied)
                }
                try removeJournal()
            } catch {
                throw KartrekkerError("\(failure); it could not be undone either (\(error)): the next kartrekker command completes it",
                                      nl: "\(failure); ook terugdraaien lukte niet (\(error)): het volgende kartrekker-commando maakt het af")
            }
            throw failure
        }
        try removeJournal()
    }

    /// Replaces (or removes) one file, keeping its old version first when asked.
    func apply(_ entry: Journal.Entry, applied: Applied) throws {
        let path = root + "/" + entry.path
        do {
            if entry.staged == true {
                let source = root + "/" + Journal.stagingFolder + "/" + entry.path
                var info = stat()
                if lstat(source, &info) == 0 {
                    guard (info.st_mode & S_IFMT) == S_IFREG else {
                        throw KartrekkerError("\(Journal.stagingFolder)/\(entry.path) is not a plain file",
                                              nl: "\(Journal.stagingFolder)/\(entry.path) is geen gewoon bestand")
                    }
                    try keepBackup(entry)
                    try DataStore.makeDirectory((path as NSString).deletingLastPathComponent, under: root)
                    try fileSystem.rename(source, path)
                    let descriptor = try fileSystem.openDirectory((path as NSString).deletingLastPathComponent)
                    defer { fileSystem.close(descriptor) }
                    try fileSystem.fsync(descriptor)
                } else if !FileManager.default.fileExists(atPath: path) {
                    // Neither staged nor in place: this swap cannot be completed.
                    throw KartrekkerError("\(Journal.stagingFolder)/\(entry.path) is missing, and so is \(entry.path)",
                                          nl: "\(Journal.stagingFolder)/\(entry.path) ontbreekt, en \(entry.path) ook")
                }
            } else { try keepBackup(entry) }
            if entry.staged == true {
                // Moved into place above, or there already from an earlier attempt.
            } else if let pieces = entry.pieces {
                try DataStore.makeDirectory((path as NSString).deletingLastPathComponent, under: root)
                try AtomicFile.write(pieces: pieces, to: path, fileSystem: fileSystem)
            } else if let contents = entry.contents {
                try DataStore.makeDirectory((path as NSString).deletingLastPathComponent, under: root)
                try AtomicFile.write(contents, to: path, fileSystem: fileSystem)
            } else if unlink(path) != 0 && errno != ENOENT {
                throw FileSystemError(call: "unlink", path: entry.path, code: errno)
            }
        } catch {
            applied(entry.path, false)
            throw KartrekkerErrorFactory.saveFailed(entry.path, error)
        }
        applied(entry.path, true)
    }

    /// Keeps the file's old version as `entry` asks: in a replacement's set, or as an ordinary
    /// backup.
    private func keepBackup(_ entry: Journal.Entry) throws {
        if let set = entry.backupSet {
            try Backups(root: root).keep(entry.path, inSet: set)
        } else if entry.backup {
            try Backups(root: root).keep(entry.path)
        }
    }

    /// Puts the journal of a write that spans several files in place, before any file changes.
    func writeJournal(_ entries: [Journal.Entry]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try AtomicFile.write(try encoder.encode(Journal(entries: entries)), to: root + "/" + Journal.fileName, fileSystem: fileSystem)
        } catch {
            throw KartrekkerErrorFactory.saveFailed(Journal.fileName, error)
        }
    }

    func removeJournal() throws {
        let path = root + "/" + Journal.fileName
        guard unlink(path) == 0 || errno == ENOENT else {
            throw KartrekkerErrorFactory.saveFailed(Journal.fileName, FileSystemError(call: "unlink", path: path, code: errno))
        }
        let descriptor = try fileSystem.openDirectory(root)
        defer { fileSystem.close(descriptor) }
        try fileSystem.fsync(descriptor)
    }
}
