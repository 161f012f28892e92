import KartrekkerCore
import KartrekkerPort

/// `contributions/YYYY-MM.json` or `recognitions/YYYY-MM.json`: the records dated in one
/// month, ordered by date, then id, so that adding one record is a one-line diff.
struct MonthFile<Record: DatedRecord>: Codable {
    var schemaVersion: Int
    var month: String
    var records: [Record]

    init(month: String, records: [Record]) {
        self.month = month
        self.records = records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        schemaVersion = records.contains(where: \.needsVersion2) ? SchemaVersion.records : 1
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        schemaVersion = try c.decode(Int.self, forKey: Key("schemaVersion"))
        month = try c.decode(String.self, forKey: Key("month"))
        records = try c.decode([Record].self, forKey: Key(Record.folder))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(schemaVersion, forKey: Key("schemaVersion"))
        try c.encode(month, forKey: Key("month"))
        try c.encode(records, forKey: Key(Record.folder))
    }
}

extension MonthFile: StoredShape where Record: StoredShape {
    var storedValue: OutputValue {
        .object([.init("schemaVersion", .int(schemaVersion)), .init("month", .string(month)),
                 .init(Record.folder, .array(records.map(\.storedValue)))])
    }
}
