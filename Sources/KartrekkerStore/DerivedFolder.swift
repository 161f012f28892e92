import Foundation

/// Where the derived files of one data directory are kept (month summaries, record spans, the
/// list of files found sound): in the user's own cache directory, never in the data directory.
///
/// A shared folder may be written by another account, which could plant a summary that puts
/// someone at 999 points, or vouch for a damaged file. What only this user can write cannot be
/// forged that way, so a derived file is believed only from a folder that is the user's own:
/// owned by them, written by nobody else, reached through no link. Where there is none (no
/// home, or a folder that fails those checks) nothing is cached: answers come from the data
/// files, slower but the same.
///
/// `KARTREKKER_CACHE_DIR`, else `$XDG_CACHE_HOME/kartrekker`, else `~/.cache/kartrekker`;
/// one folder per data directory in it, named by a digest of the directory's path.
struct DerivedFolder: Sendable {
    /// The folder for this data directory, checked as the user's own; `nil`: cache nothing.
    let path: String?

    init(dataDirectory: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        path = DerivedFolder.base(environment).flatMap { base in
            let folder = base + "/" + DerivedFolder.name(of: dataDirectory)
            return DerivedFolder.prepare(folder) ? folder : nil
        }
    }

    /// The user's cache folder for kartrekker.
    static func base(_ environment: [String: String]) -> String? {
        func given(_ name: String) -> String? { environment[name].flatMap { $0.hasPrefix("/") ? $0 : nil } }
        if let own = given("KARTREKKER_CACHE_DIR") { return own }
        if let cache = given("XDG_CACHE_HOME") { return cache + "/kartrekker" }
        if let home = given("HOME") { return home + "/.cache/kartrekker" }
        return nil
    }

    /// `d-` and 16 hex digits of the path's FNV-1a digest (not a secret: only a name that is
    /// the same each time and differs between directories).
    static func name(of dataDirectory: String) -> String {
        let path = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "d-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Makes `folder` (and its missing parents) 0700, and tells whether it and its parent are
    /// directories of this user's that nobody else may write, reached through no link.
    static func prepare(_ folder: String) -> Bool {
        let parent = (folder as NSString).deletingLastPathComponent
        for path in [parent, folder] {
            var info = stat()
            if lstat(path, &info) != 0 {
                guard errno == ENOENT else { return false }
                if path == parent {
                    guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                                    attributes: [.posixPermissions: 0o700])) != nil else { return false }
                } else {
                    guard mkdir(path, 0o700) == 0 || errno == EEXIST else { return false }
                }
                guard lstat(path, &info) == 0 else { return false }
            }
            guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == geteuid(), info.st_mode & 0o022 == 0 else { return false }
        }
        return true
    }

    /// The file `name` in the folder, or `nil` where nothing is cached.
    func file(_ name: String) -> String? {
        path.map { $0 + "/" + name }
    }

    /// Removes every derived file of this data directory (an erasure: nothing of the person
    /// may stay in them).
    func removeAll() {
        guard let path else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            unlink(path + "/" + name)
        }
    }
}
