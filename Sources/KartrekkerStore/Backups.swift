import Foundation
import KartrekkerCore

/// The previous versions of data files, kept in `backups/` so a bad save or a bad hand edit
/// can be rolled back.
///
/// A backup is a hard link to the file's old inode, made just before the new version is
/// renamed over it: no bytes are copied, and the old version survives the rename untouched.
/// The newest `keepPerFile` versions of each file are kept, and all of them together stay
/// under `maxTotalBytes`.
struct Backups {
    static let folder = "backups"
    static let keepPerFile = 5
    static let maxTotalBytes: Int64 = 64 << 20

    let root: String

    /// `backups/contributions/2026-11.20261129T201503123Z.json` for `contributions/2026-11.json`.
    func path(for relativePath: String, at date: Date) -> String {
        let base = relativePath.hasSuffix(".json") ? String(relativePath.dropLast(5)) : relativePath
        return Backups.folder + "/" + base + "." + Backups.stamp(date) + ".json"
    }

    /// Keeps the current version of `relativePath` (if any) as a backup. Failing to keep a
    /// backup fails the save: better no change than a change that cannot be undone.
    func keep(_ relativePath: String) throws {
        var attempt = 1
        let kept = try linkCurrent(relativePath, to: root + "/" + path(for: relativePath, at: Date())) { taken in
            // A name taken (two saves in one millisecond): the next free one.
            guard attempt < 100 else { throw FileSystemError(call: "link", path: taken, code: EEXIST) }
            defer { attempt += 1 }
            return (taken as NSString).deletingPathExtension + "-\(attempt).json"
        }
        if kept { prune(relativePath) }
    }

    /// Gives the current version of `relativePath` (if any) the name `target` as well: a hard
    /// link, or a copy on shares without them (SMB, some FUSE file systems). Where `target` is
    /// taken, `another(target)` names the next to try; without `another` the one there is the
    /// backup already (a replacement completed after a crash). Only a plain file of its own is linked and chmod'ed: a symbolic
    /// link or a hard link to a file outside would carry the change to that file. Returns
    /// whether there was a file to keep.
    private func linkCurrent(_ relativePath: String, to target: String, another: ((String) throws -> String?)? = nil) throws -> Bool {
        let source = root + "/" + relativePath
        let checked = try PosixFileSystem.openPlainFile(source, flags: O_RDONLY)
        guard checked >= 0 else { return false }
        defer { close(checked) }
        var target = target
        try DataStore.makeDirectory((target as NSString).deletingLastPathComponent, under: root)
        while link(source, target) != 0 {
            let code = errno
            if code == EEXIST {
                guard let next = try another?(target) else { break }
                target = next
                continue
            }
            guard [EPERM, ENOTSUP, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS].contains(code),
                  let data = try PosixFileSystem().read(source) else {
                throw FileSystemError(call: "link", path: target, code: code)
            }
            try AtomicFile.write(data, to: target, fileSystem: PosixFileSystem())
            break
        }
        // The inode checked above (now with the backup as its second name).
        fchmod(checked, 0o600)
        return true
    }

    /// The set of backups of a replacement of everything: `replaced-20261129T201503123Z`.
    static func replacementSet(at date: Date) -> String {
        setPrefix + stamp(date)
    }

    static let setPrefix = "replaced-"

    /// Keeps the current version of `relativePath` (if any) in the set `set`, under its own
    /// path: `backups/replaced-…/contributions/2026-11.json`. Kept already (a replacement
    /// completed after a crash): nothing to do. Never pruned.
    func keep(_ relativePath: String, inSet set: String) throws {
        let folder = root + "/" + Backups.folder
        try DataStore.makeDirectory(folder, under: root)
        try DataStore.makeDirectory(folder + "/" + set, under: root)
        _ = try linkCurrent(relativePath, to: folder + "/" + set + "/" + relativePath)
    }

    /// Every backup file, relative to the data directory.
    func all() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root + "/" + Backups.folder) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".json") && !(relative as NSString).lastPathComponent.hasPrefix(".") {
                result.append(Backups.folder + "/" + relative)
            }
        }
        return result.sorted()
    }

    /// The backups of one data file, oldest first.
    func versions(of relativePath: String) -> [String] {
        let base = relativePath.hasSuffix(".json") ? String(relativePath.dropLast(5)) : relativePath
        let prefix = Backups.folder + "/" + base + "."
        return all().filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
    }

    private func prune(_ relativePath: String) {
        for old in versions(of: relativePath).dropLast(Backups.keepPerFile) {
            unlink(root + "/" + old)
        }
        // The sets of replacements are outside the cap: they go only by hand (or an erasure).
        var sized: [(String, Int64)] = all().filter { !$0.hasPrefix(Backups.folder + "/" + Backups.setPrefix) }.map { path in
            var info = stat()
            return (path, stat(root + "/" + path, &info) == 0 ? Int64(info.st_size) : 0)
        }
        var total = sized.reduce(Int64(0)) { $0 + $1.1 }
        // Oldest first across all files: the stamp is the part after the last-but-one dot.
        sized.sort { Backups.stampPart($0.0) < Backups.stampPart($1.0) }
        for (path, size) in sized where total > Backups.maxTotalBytes {
            unlink(root + "/" + path)
            total -= size
        }
    }

    private static func stampPart(_ path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return String(name.split(separator: ".").last ?? "")
    }

    /// The moment a stamp (`20261129T201503123Z`) names.
    static func date(ofStamp stamp: String) -> Date? {
        let digits = stamp.filter(\.isNumber)
        guard digits.count >= 14, stamp.hasSuffix("Z") else { return nil }
        var parts = DateComponents()
        let text = Array(digits)
        func number(_ from: Int, _ count: Int) -> Int { Int(String(text[from..<from + count])) ?? 0 }
        parts.year = number(0, 4)
        parts.month = number(4, 2)
        parts.day = number(6, 2)
        parts.hour = number(8, 2)
        parts.minute = number(10, 2)
        parts.second = number(12, 2)
        let fraction = digits.count > 14 ? Double("0." + String(text[14...])) ?? 0 : 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: parts).map { $0 + fraction }
    }

    static func stamp(_ date: Date) -> String {
        let text = Instant(date).description // 2026-11-29T20:15:03.123Z
        return text.filter { $0 != "-" && $0 != ":" && $0 != "." }
    }
}
