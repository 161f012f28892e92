import Foundation
import KartrekkerCore

/// One kept earlier version of a data file, for `kartrekker backups`: an ordinary backup (one
/// of the newest few of each file, under the size cap) or a file of a replacement's set (every
/// file a replacement of everything replaced, never pruned).
public struct BackupFile: Sendable, Equatable {
    /// Relative to the data directory: `backups/contributions/2026-11.20261129T201503123Z.json`.
    public let path: String
    /// The data file it is a version of: `contributions/2026-11.json`.
    public let of: String
    /// When it was kept (from its name).
    public let keptAt: Date?
    public let bytes: Int64
    /// The replacement's set it belongs to (`replaced-…`), or `nil` for an ordinary backup.
    public let set: String?
}

extension DataStore {
    /// Every backup under `backups/`, newest first.
    public func backupFiles() -> [BackupFile] {
        Backups(root: root).all().compactMap { path -> BackupFile? in
            var parts = path.split(separator: "/").map(String.init)
            guard parts.count >= 2 else { return nil }
            parts.removeFirst()
            let set = parts.first.flatMap { $0.hasPrefix(Backups.setPrefix) ? $0 : nil }
            let stamp: String
            let of: String
            if let set {
                stamp = String(set.dropFirst(Backups.setPrefix.count))
                of = parts.dropFirst().joined(separator: "/")
            } else {
                let name = parts.removeLast()
                let pieces = name.dropLast(5).split(separator: ".")
                guard pieces.count == 2 else { return nil }
                stamp = String(pieces[1].split(separator: "-").first ?? "")
                of = (parts + [pieces[0] + ".json"]).joined(separator: "/")
            }
            var info = stat()
            let size = stat(root + "/" + path, &info) == 0 ? Int64(info.st_size) : 0
            return BackupFile(path: path, of: of, keptAt: Backups.date(ofStamp: stamp), bytes: size, set: set)
        }.sorted { ($0.keptAt ?? .distantPast, $0.path) > ($1.keptAt ?? .distantPast, $1.path) }
    }
}
