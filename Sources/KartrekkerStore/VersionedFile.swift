import Foundation
import KartrekkerCore

/// A kind of data file: an envelope with a `schemaVersion` around a list of items.
///
/// Version 0 was a bare JSON array of the items (no envelope); it is read and migrated to the
/// current version on the next write, after a backup of the old file.
protocol VersionedFile: Decodable, StoredShape {
    associatedtype Item: Decodable
    var schemaVersion: Int { get }
    /// The file as version 0 held it: just the items.
    static func fromVersion0(_ items: [Item], path: String) -> Self
    /// The same items in the current version.
    var migrated: Self { get }
    /// The file read on the fast path, or `nil` to decode it with `JSONDecoder` instead.
    static func fastDecode(_ data: Data) -> Self?
}

extension EmployeesFile: VersionedFile {
    static func fromVersion0(_ items: [Employee], path: String) -> EmployeesFile {
        var file = EmployeesFile(employees: items)
        file.schemaVersion = 0
        return file
    }

    var migrated: EmployeesFile { EmployeesFile(employees: employees) }
}

extension MonthFile: VersionedFile {
    static func fromVersion0(_ items: [Record], path: String) -> MonthFile<Record> {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var file = MonthFile(month: name, records: items)
        file.schemaVersion = 0
        return file
    }

    var migrated: MonthFile<Record> { MonthFile(month: month, records: records) }
}

/// Reads only the version of a file that failed to decode, to say so when it is newer.
struct VersionProbe: Decodable {
    let schemaVersion: Int
}
