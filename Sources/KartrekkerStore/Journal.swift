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
    }

    var schemaVersion = 1
    var entries: [Entry]
}
