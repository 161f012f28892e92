import Foundation

/// The data files known to be sound, by signature, in `verified.json` of the user's own
/// derived folder (see `DerivedFolder`).
///
/// Every write refuses to run while any file is damaged, yet recording one contribution may
/// not read the whole history. So the store remembers which files it has read and found
/// sound (or written itself); before a write it only `stat`s every file and reads again the
/// ones whose signature changed — a hand edit, a restore from backup, another tool.
struct VerifiedFiles: Codable {
    static let fileName = ".verified"

    var schemaVersion = 1
    var files: [String: String] = [:]

    /// The file's bytes (sorted keys, so that it diffs cleanly).
    func encoded() -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try? encoder.encode(self)
    }

    static func token(_ signature: FileSignature) -> String {
        "\(signature.inode):\(signature.size):\(signature.seconds).\(signature.nanoseconds):\(signature.changeSeconds).\(signature.changeNanoseconds)"
    }
}
