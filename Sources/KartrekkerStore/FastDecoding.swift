import Foundation
import KartrekkerCore

/// The store's records read by `FastJSONReader`: the exact shapes it writes, every key at most
/// once, every value of the right type and form. Anything else returns `nil`, and the file is
/// decoded (and any error reported) by `JSONDecoder` instead.
protocol FastDecodable {
    static func fastRead(_ reader: inout FastJSONReader) -> Self?
}

/// The keys of one object shape: which one a key is, and whether it came before.
struct FastKeys {
    let names: [StaticString]
    private var seen: UInt32 = 0
    /// Where the next key is looked for first: the store writes keys in `names`' order.
    private var next = 0

    init(_ names: [StaticString]) {
        self.names = names
    }

    /// The position of `key` in `names`, once; `nil` for an unknown or repeated key.
    mutating func take(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        if next < names.count, FastJSONReader.is(key, names[next]) { return mark(next) }
        for (index, name) in names.enumerated() where FastJSONReader.is(key, name) { return mark(index) }
        return nil
    }

    private mutating func mark(_ index: Int) -> Int? {
        guard seen & (1 << index) == 0 else { return nil }
        seen |= 1 << index
        next = index + 1
        return index
    }
}

extension Employee: FastDecodable {
    /// (Made once, not for every record read.)
    private static let fastKeys: [StaticString] = ["id", "name", "team", "role", "email", "startDate", "archived", "onBoard", "praise"]

    static func fastRead(_ reader: inout FastJSONReader) -> Employee? {
        var id: String?, name: String?, team: String?
        var role: String?? = .some(nil), email: String?? = .some(nil), start: String?? = .some(nil)
        var archived: Bool? = false, onBoard: Bool? = true
        var praise: Visibility? = .public
        var keys = FastKeys(Employee.fastKeys)
        let ok = reader.object { reader, key in
            switch keys.take(key) {
            case 0: id = reader.string(); return id != nil
            case 1: name = reader.string(); return name != nil
            case 2: team = reader.string(); return team != nil
            case 3: role = reader.optionalString(); return role != nil
            case 4: email = reader.optionalString(); return email != nil
            case 5: start = reader.optionalString(); return start != nil
            case 6:
                if reader.consumeNull() { return true }
                archived = reader.bool()
                return archived != nil
            case 7:
                onBoard = reader.bool()
                return onBoard != nil
            case 8:
                praise = reader.string().flatMap(Visibility.init(rawValue:))
                return praise != nil
            default: return false
            }
        }
        guard ok, let id, let name, let team, let role, let email, let start, let archived, let onBoard, let praise else { return nil }
        var startDate: CalendarDate?
        if let text = start {
            guard let date = CalendarDate(text) else { return nil }
            startDate = date
        }
        return Employee(id: id, name: name, team: team, role: role, email: email, startDate: startDate, archived: archived,
                        onBoard: onBoard, praise: praise)
    }
}

extension Contribution: FastDecodable {
    /// In the order the store writes them (sorted); the fields of version 2 only where set.
    private static let fastKeys: [StaticString] = ["category", "channel", "contactMoment", "date", "declineReason", "employeeId", "id",
                                                   "ideaStatus", "note", "project", "recordedAt", "recordedBy", "storyAction",
                                                   "storyCost", "storyOutcome", "storyProblem", "values", "with"]

    static func fastRead(_ reader: inout FastJSONReader) -> Contribution? {
        var id: String?, employeeId: String?, date: String?, category: String?, note: String?
        var channel: String?? = .some(nil), project: String?? = .some(nil), status: String?? = .some(nil)
        var values: [String]? = [], with: [String]? = []
        var recordedBy: String?, recordedAt: String?
        // Absent, or a string: a `null` or another type is left to the full decoder.
        var extra: [String?] = Array(repeating: nil, count: 6)
        var keys = FastKeys(Contribution.fastKeys)
        let ok = reader.object { reader, key in
            switch keys.take(key) {
            case 0: category = reader.string(); return category != nil
            case 1: channel = reader.optionalString(); return channel != nil
            case 2: extra[0] = reader.string(); return extra[0] != nil
            case 3: date = reader.string(); return date != nil
            case 4: extra[1] = reader.string(); return extra[1] != nil
            case 5: employeeId = reader.string(); return employeeId != nil
            case 6: id = reader.string(); return id != nil
            case 7: status = reader.optionalString(); return status != nil
            case 8: note = reader.string(); return note != nil
            case 9: project = reader.optionalString(); return project != nil
            case 10: recordedAt = reader.string(); return recordedAt != nil
            case 11: recordedBy = reader.string(); return recordedBy != nil
            case let position? where (12...15).contains(position):
                extra[position - 10] = reader.string()
                return extra[position - 10] != nil
            case 16:
                if reader.consumeNull() { return true }
                values = reader.stringArray()
                return values != nil
            case 17:
                with = reader.stringArray()
                return with != nil
            default: return false
            }
        }
        guard ok, let id, let employeeId, let dateText = date, let day = CalendarDate(dateText),
              let categoryText = category, let kind = Category(rawValue: categoryText), let note,
              let channel, let project, let status, let values, let with, let recordedBy,
              let instantText = recordedAt, let instant = Instant(instantText) else { return nil }
        var channelValue: Channel?
        if let text = channel {
            guard let value = Channel(rawValue: text) else { return nil }
            channelValue = value
        }
        var statusValue: IdeaStatus?
        if let text = status {
            guard let value = IdeaStatus(rawValue: text) else { return nil }
            statusValue = value
        }
        // extra: contactMoment, declineReason, storyAction, storyCost, storyOutcome, storyProblem.
        var cost: Euros?
        if let text = extra[3] {
            guard let euros = Euros(text), euros.description == text else { return nil }
            cost = euros
        }
        return Contribution(id: id, employeeId: employeeId, date: day, category: kind, note: note, channel: channelValue,
                            values: values, project: project, ideaStatus: statusValue,
                            contactMoment: extra[0].map(ContactMoment.init(key:)),
                            story: SmileStory(problem: extra[5], action: extra[2], cost: cost, outcome: extra[4]),
                            declineReason: extra[1], with: with, recordedBy: recordedBy, recordedAt: instant.date)
    }
}

extension Recognition: FastDecodable {
    /// In the order the store writes them (sorted).
    private static let fastKeys: [StaticString] = ["amount", "contributionIds", "date", "employeeId", "id", "kind", "message", "recordedAt",
                                                   "recordedBy", "visibility"]

    static func fastRead(_ reader: inout FastJSONReader) -> Recognition? {
        var id: String?, employeeId: String?, date: String?, kind: String?, message: String?
        var contributionIds: [String]? = [], visibility: String?? = .some(nil)
        var recordedBy: String?, recordedAt: String?, amount: String?
        var keys = FastKeys(Recognition.fastKeys)
        let ok = reader.object { reader, key in
            switch keys.take(key) {
            case 0: amount = reader.string(); return amount != nil
            case 1:
                if reader.consumeNull() { return true }
                contributionIds = reader.stringArray()
                return contributionIds != nil
            case 2: date = reader.string(); return date != nil
            case 3: employeeId = reader.string(); return employeeId != nil
            case 4: id = reader.string(); return id != nil
            case 5: kind = reader.string(); return kind != nil
            case 6: message = reader.string(); return message != nil
            case 7: recordedAt = reader.string(); return recordedAt != nil
            case 8: recordedBy = reader.string(); return recordedBy != nil
            case 9: visibility = reader.optionalString(); return visibility != nil
            default: return false
            }
        }
        guard ok, let id, let employeeId, let dateText = date, let day = CalendarDate(dateText),
              let kindText = kind, let kindValue = RecognitionKind(rawValue: kindText), let message,
              let contributionIds, let visibility, let recordedBy,
              let instantText = recordedAt, let instant = Instant(instantText) else { return nil }
        var visibilityValue = Visibility.public
        if let text = visibility {
            guard let value = Visibility(rawValue: text) else { return nil }
            visibilityValue = value
        }
        var euros: Euros?
        if let amount {
            guard let value = Euros(amount), value.description == amount else { return nil }
            euros = value
        }
        return Recognition(id: id, employeeId: employeeId, date: day, kind: kindValue, message: message,
                           contributionIds: contributionIds, visibility: visibilityValue, amount: euros, recordedBy: recordedBy,
                           recordedAt: instant.date)
    }
}

extension EmployeesFile {
    static func fastDecode(_ data: Data) -> EmployeesFile? {
        data.withUnsafeBytes { raw in
            var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
            var version: Int?
            var employees: [Employee]?
            var keys = FastKeys(["schemaVersion", "employees"])
            let ok = reader.object { reader, key in
                switch keys.take(key) {
                case 0: version = reader.int(); return version != nil
                case 1:
                    var items: [Employee] = []
                    let read = reader.array { reader in
                        guard let item = Employee.fastRead(&reader) else { return false }
                        items.append(item)
                        return true
                    }
                    employees = read ? items : nil
                    return read
                default: return false
                }
            }
            guard ok, reader.atEnd, version == SchemaVersion.current, let employees else { return nil }
            var file = EmployeesFile(employees: [])
            file.employees = employees
            return file
        }
    }
}

extension MonthFile {
    static func fastDecode(_ data: Data) -> MonthFile? {
        guard let recordType = Record.self as? any FastDecodable.Type else { return nil }
        return data.withUnsafeBytes { raw in
            var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
            var version: Int?
            var month: String?
            var records: [Record]?
            var keys = FastKeys(["schemaVersion", "month"])
            let listKey = Array(Record.folder.utf8)
            var listSeen = false
            let ok = reader.object { reader, key in
                var position = keys.take(key)
                if position == nil, key.elementsEqual(listKey), !listSeen {
                    listSeen = true
                    position = 2
                }
                switch position {
                case 0: version = reader.int(); return version != nil
                case 1: month = reader.string(); return month != nil
                case 2:
                    records = fastReadArray(recordType, &reader) as? [Record]
                    return records != nil
                default: return false
                }
            }
            guard ok, reader.atEnd, let version, (1...SchemaVersion.records).contains(version), let month, let records else { return nil }
            var file = MonthFile(month: month, records: [])
            file.records = records
            file.schemaVersion = version
            return file
        }
    }
}

/// An array of `type`'s values, typed once rather than cast one value at a time.
private func fastReadArray<T: FastDecodable>(_ type: T.Type, _ reader: inout FastJSONReader) -> Any? {
    var items: [T] = []
    items.reserveCapacity(1024)
    let read = reader.array { reader in
        guard let item = T.fastRead(&reader) else { return false }
        items.append(item)
        return true
    }
    return read ? items : nil
}
