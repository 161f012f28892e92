import Foundation

/// A redo log for writes that span several files (a record moved to another month, an
/// erasure, a migration).
///
/// The whole set of new file contents is written to `.journal` first (atomically), then each
/// file is replaced, then the journal is removed. A crash before the journal is in place
/// changes nothing; a crash after it is completed by the next kartrekker that takes the lock,
/// by writing the same contents again. Either way every file loads.
struct Journal: Codable {
    static let fileName = ".journal"

    struct Entry: Codable {
        /// The data file, relative to the data directory.
        let path: String
        /// The new contents, or `nil` to remove the file.
        let contents: Data?
        /// Whether the old version is kept in `backups/` (not for an erasure).
        let backup: Bool
    }

    var schemaVersion = 1
    var entries: [Entry]
}
