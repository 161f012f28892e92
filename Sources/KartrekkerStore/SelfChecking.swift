import Foundation
import KartrekkerCore

/// A data file that can tell what in it contradicts the layout (records dated outside the
/// file's month, one id twice, a record for nobody): the damage `check` reports, found on
/// every read so that no result is computed from it.
protocol SelfChecking {
    func problem(file: String, employeeIDs: Set<String>) -> (path: [any CodingKey], message: Phrase)?
}

extension MonthFile: SelfChecking {
    func problem(file: String, employeeIDs: Set<String>) -> (path: [any CodingKey], message: Phrase)? {
        let name = (file as NSString).lastPathComponent
        let fileMonth = String(name.prefix(7))
        if month != fileMonth {
            return ([StoreKey("month")], Phrase("the file says month \(SafeText.escaped(month)), its name says \(fileMonth)",
                                                nl: "het bestand zegt maand \(SafeText.escaped(month)), de naam zegt \(fileMonth)"))
        }
        let parts = fileMonth.split(separator: "-").compactMap { Int($0) }
        var ids = Set<String>()
        for (offset, record) in records.enumerated() {
            let place: [any CodingKey] = [StoreKey(Record.folder), StoreKey(offset)]
            if parts.count == 2, record.date.year != parts[0] || record.date.month != parts[1] {
                return (place, Phrase("\(record.id) is dated \(record.date), which is not in \(fileMonth)",
                                      nl: "\(record.id) is van \(record.date), niet in \(fileMonth)"))
            }
            if !ids.insert(record.id).inserted {
                return (place, Phrase("\(record.id) appears more than once", nl: "\(record.id) komt meer dan eens voor"))
            }
            if !employeeIDs.contains(record.employeeId) {
                return (place, Phrase("\(record.id) belongs to employee \(SafeText.escaped(record.employeeId)), who does not exist",
                                      nl: "\(record.id) hoort bij medewerker \(SafeText.escaped(record.employeeId)), die niet bestaat"))
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
