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
            let isNew = access(folder, F_OK) != 0
            guard DerivedFolder.prepare(folder) else { return nil }
            if isNew {
                // Which data directory it serves, so that it goes when that directory has gone.
                try? AtomicFile.writeCache(Data(URL(fileURLWithPath: dataDirectory).standardizedFileURL.path.utf8),
                                      to: folder + "/" + DerivedFolder.servesFile, fileSystem: PosixFileSystem())
                DerivedFolder.removeOrphans(in: base, keeping: folder)
            }
            return folder
        }
    }

    /// The file in each folder that names the data directory it serves.
    static let servesFile = "directory"

    /// Removes the folders of data directories that no longer exist (moved or deleted: what
    /// was derived from them is personal data that should not outlive them).
    static func removeOrphans(in base: String, keeping kept: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix("d-") {
            let folder = base + "/" + name
            guard folder != kept else { continue }
            if let served = FileManager.default.contents(atPath: folder + "/" + servesFile) {
                guard access(String(decoding: served, as: UTF8.self), F_OK) != 0 else { continue }
            } else {
                // No name of its directory (yet: another process may be making it): an hour old first.
                var info = stat()
                guard lstat(folder, &info) == 0, time(nil) - info.st_mtim.tv_sec > 3600 else { continue }
            }
            DerivedFolder(checkedPath: folder).removeAll(keepingName: false)
            rmdir(folder)
        }
    }

    private init(checkedPath: String) {
        path = checkedPath
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
    /// may stay in them); the name of the directory it serves stays unless told.
    func removeAll(keepingName: Bool = true) {
        guard let path else { return }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !keepingName || name != DerivedFolder.servesFile {
            unlink(path + "/" + name)
        }
    }
}
