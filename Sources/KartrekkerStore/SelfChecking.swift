import Foundation
import KartrekkerCore

/// A data file that can tell what in it contradicts the layout (records dated outside the
/// file's month, one id twice, a record for nobody): the damage `check` reports, found on
/// every read so that no result is computed from it.
protocol SelfChecking {
    func problem(file: String, employeeIDs: Set<String>) -> (path: [any CodingKey], message: String)?
}

extension MonthFile: SelfChecking {
    func problem(file: String, employeeIDs: Set<String>) -> (path: [any CodingKey], message: String)? {
        let name = (file as NSString).lastPathComponent
        let fileMonth = String(name.prefix(7))
        if month != fileMonth {
            return ([StoreKey("month")], "the file says month \(SafeText.escaped(month)), its name says \(fileMonth)")
        }
        let parts = fileMonth.split(separator: "-").compactMap { Int($0) }
        var ids = Set<String>()
        for (offset, record) in records.enumerated() {
            let place: [any CodingKey] = [StoreKey(Record.folder), StoreKey(offset)]
            if parts.count == 2, record.date.year != parts[0] || record.date.month != parts[1] {
                return (place, "\(record.id) is dated \(record.date), which is not in \(fileMonth)")
            }
            if !ids.insert(record.id).inserted {
                return (place, "\(record.id) appears more than once")
            }
            if !employeeIDs.contains(record.employeeId) {
                return (place, "\(record.id) belongs to employee \(SafeText.escaped(record.employeeId)), who does not exist")
            }
        }
        return nil
    }
}

/// A coding key for pointing at a place in a file.
struct StoreKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
