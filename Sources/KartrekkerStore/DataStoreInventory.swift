import Foundation
import KartrekkerCore

/// What is under the data directory that kartrekker did not write: an editor's `employees.json~`,
/// a `.orig`, a sync tool's conflict copy, an old journal. Such a file may hold personal data
/// kartrekker neither reads nor erases, so it is named (by `check`, and by an erasure, which
/// cannot vouch for it) rather than passed over or removed.
extension DataStore {
    /// Every file or folder under the data directory that is not of kartrekker's layout,
    /// relative to it, sorted.
    public func unknownFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var unknown: [String] = []
        while let relative = walker.nextObject() as? String {
            let parts = relative.split(separator: "/").map(String.init)
            // A write under way stages its files here, and a crash leaves temporary ones.
            if parts.first == Journal.stagingFolder || parts.last?.hasPrefix(AtomicFile.temporaryPrefix) == true {
                walker.skipDescendants()
                continue
            }
            var info = stat()
            let isFolder = lstat(root + "/" + relative, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            if !DataStore.isKnown(parts, folder: isFolder) {
                unknown.append(relative)
                if isFolder { walker.skipDescendants() }
            }
        }
        return unknown.sorted()
    }

    /// Whether `parts` (a path under the data directory) is one kartrekker writes.
    static func isKnown(_ parts: [String], folder: Bool) -> Bool {
        let records = [Contribution.folder, Recognition.folder]
        switch parts.count {
        case 1:
            if folder { return records.contains(parts[0]) || parts[0] == Backups.folder || parts[0] == DataStore.summariesFolder }
            return [DataStore.employeesFile, DataStore.settingsFile, WriteLock.fileName, Journal.fileName, VerifiedFiles.fileName].contains(parts[0])
        case 2 where parts[0] == DataStore.summariesFolder:
            // What earlier versions kept here: removed by the next write.
            return !folder
        case 2 where records.contains(parts[0]):
            return !folder && DataLayout.month(fromFileName: parts[1]) != nil
        case 2 where parts[0] == Backups.folder:
            if folder { return records.contains(parts[1]) || isSetName(parts[1]) }
            return isBackupName(parts[1], of: "employees")
        case 3 where parts[0] == Backups.folder && records.contains(parts[1]):
            return !folder && isBackupName(parts[2], month: true)
        case 3 where parts[0] == Backups.folder && isSetName(parts[1]):
            // A replacement's set holds the data files under their own paths.
            return folder ? records.contains(parts[2]) : parts[2] == DataStore.employeesFile
        case 4 where parts[0] == Backups.folder && isSetName(parts[1]) && records.contains(parts[2]):
            return !folder && DataLayout.month(fromFileName: parts[3]) != nil
        default:
            return false
        }
    }

    /// Whether `name` is a replacement's set of backups: `replaced-20261129T201503123Z`.
    private static func isSetName(_ name: String) -> Bool {
        name.hasPrefix(Backups.setPrefix) && isStamp(name.dropFirst(Backups.setPrefix.count))
    }

    private static func isStamp(_ time: Substring) -> Bool {
        time.count >= 16 && time.last == "Z" && time.dropFirst(8).first == "T"
            && time.dropLast().allSatisfy { $0.isASCII && ($0.isNumber || $0 == "T") }
    }

    /// Whether `name` is a backup's: `BASE.STAMP[-N].json`, the stamp `20261129T201503123Z`.
    private static func isBackupName(_ name: String, of base: String? = nil, month: Bool = false) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let pieces = name.dropLast(5).split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2 else { return false }
        let stem = String(pieces[0])
        guard month ? DataLayout.range(ofMonth: stem) != nil : stem == base else { return false }
        let stamp = pieces[1].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let time = stamp.first, isStamp(time) else { return false }
        return stamp.count == 1 || stamp[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
