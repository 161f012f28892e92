import KartrekkerCore
import KartrekkerPort

/// Where things are in a data directory: `employees.json`, `contributions/YYYY-MM.json`,
/// `recognitions/YYYY-MM.json`, `backups/`; which paths a journal may name.
enum DataLayout {
    static func path<Record: DatedRecord>(of kind: Record.Type, _ month: String) -> String {
        Record.folder + "/" + month + ".json"
    }

    static func month(fromFileName name: String) -> String? {
        guard name.hasSuffix(".json"), name.count == 12 else { return nil }
        let month = String(name.prefix(7))
        return range(ofMonth: month) == nil ? nil : month
    }

    static func range(ofMonth month: String) -> DateRange? {
        guard let first = CalendarDate(month + "-01") else { return nil }
        return DateRange(from: first, to: first.lastOfMonth)
    }

    /// Whether a journal may name `path`: `employees.json`, a month file, or a backup, as
    /// plain relative paths (no `..`, no absolute path, no other folder).
    static func isJournalPath(_ path: String) -> Bool {
        if path == DataStore.employeesFile || path == DataStore.settingsFile { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") }) else {
            return false
        }
        if parts.count == 2, [Contribution.folder, Recognition.folder].contains(parts[0]) {
            return month(fromFileName: parts[1]) != nil
        }
        // A replacement's set: the data files under their own paths.
        if parts.first == Backups.folder, parts.count >= 3, parts[1].hasPrefix(Backups.setPrefix) {
            return isJournalPath(parts.dropFirst(2).joined(separator: "/")) && parts.last != DataStore.settingsFile
        }
        if parts.first == Backups.folder, (2...3).contains(parts.count) {
            return parts.last!.hasSuffix(".json") && (parts.count == 2 || [Contribution.folder, Recognition.folder].contains(parts[1]))
        }
        return false
    }
}
