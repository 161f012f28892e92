import Foundation

/// The log of a write that spans several files (a record moved to another month, a deletion
/// that unlinks recognitions, an erasure).
///
/// The old and new contents of every file are written to `.journal` first (atomically), then
/// each file is replaced, then the journal is removed. A crash before the journal is in place
/// changes nothing; a crash after it is completed by the next kartrekker that takes the lock,
/// by writing the same new contents again. A step that fails without a crash (a full disk) is
/// undone from the old contents, so the save is reported failed and nothing changed.
struct Journal: Codable {
    static let fileName = ".journal"
    /// Where a replace-everything write puts the new files before any of them goes live.
    static let stagingFolder = ".staging"

    struct Entry: Codable {
        /// The data file, relative to the data directory.
        let path: String
        /// The new contents, or `nil` to remove the file.
        let contents: Data?
        /// Whether the old version is kept in `backups/` (not for an erasure).
        let backup: Bool
        /// The contents before the write (`nil`: there was no file), to undo a failed step.
        var previous: Data? = nil
        /// The new contents wait, complete, in `.staging/` under the same path, to be renamed
        /// into place (a replace-everything write: the journal stays small).
        var staged: Bool? = nil
        /// The new contents as pieces written one after the other (a record put into a month's
        /// bytes, with no copy of the month made); never journaled, as a journal holds
        /// `contents`.
        var pieces: [Data]? = nil
        /// Where the old version is kept instead, whole: the set of backups of a replacement of
        /// everything (`replaced-STAMP`), outside the size cap of ordinary backups.
        var backupSet: String? = nil

        enum CodingKeys: String, CodingKey {
            case path, contents, backup, previous, staged, backupSet
        }

        init(path: String, contents: Data?, backup: Bool, previous: Data? = nil, staged: Bool? = nil) {
            self.path = path
            self.contents = contents
            self.backup = backup
            self.previous = previous
            self.staged = staged
        }

        init(path: String, pieces: [Data], backup: Bool) {
            self.init(path: path, contents: nil, backup: backup)
            self.pieces = pieces
        }

        /// The same write with its pieces joined into `contents`, for the journal.
        var joined: Entry {
            guard let pieces else { return self }
            return Entry(path: path, contents: pieces.reduce(into: Data()) { $0.append($1) }, backup: backup,
                         previous: previous, staged: staged)
        }
    }

    var schemaVersion = 1
    var entries: [Entry]
}
