import Foundation

/// Where each record of a month file sits in its bytes, with the fields that place it (whose it
/// is, its date, its id), read without decoding the records: for finding one employee's
/// records in a long month, and for adding a record by inserting its text.
struct RecordSkim {
    struct Entry: Equatable {
        var employeeID: String
        var date: String
        var id: String
        /// The bytes of the record's object, braces included.
        var range: Range<Int>
    }

    /// The records in file order.
    var entries: [Entry]

    /// `nil` when `data` is not a month file of `folder` in the shape the store writes.
    init?(_ data: Data, folder: String) {
        let listKey = Array(folder.utf8)
        var found: [Entry]?
        let ok = data.withUnsafeBytes { raw -> Bool in
            var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
            let read = reader.object { reader, key in
                guard key.elementsEqual(listKey), found == nil else { return reader.skipValue() }
                var entries: [Entry] = []
                entries.reserveCapacity(4096)
                let listed = reader.array { reader in
                    reader.skipWhitespace()
                    let start = reader.position
                    var employeeID: String?
                    var date: String?
                    var id: String?
                    let whole = reader.object { reader, key in
                        if FastJSONReader.is(key, "employeeId") {
                            employeeID = reader.string()
                            return employeeID != nil
                        }
                        if FastJSONReader.is(key, "date") {
                            date = reader.string()
                            return date != nil
                        }
                        if FastJSONReader.is(key, "id") {
                            id = reader.string()
                            return id != nil
                        }
                        return reader.skipValue()
                    }
                    guard whole, let employeeID, let date, let id else { return false }
                    entries.append(Entry(employeeID: employeeID, date: date, id: id, range: start..<reader.position))
                    return true
                }
                found = entries
                return listed
            }
            return read && reader.atEnd
        }
        guard ok, let found else { return nil }
        entries = found
    }

    /// Whether the bytes around the records are exactly what the store writes for `month`
    /// (two-space indents, the keys in order) and the records are in the store's order (date,
    /// then id): then a record's text can be inserted in its place and the file stays the one
    /// the store would have written.
    func isCanonical(_ data: Data, folder: String, month: String) -> Bool {
        guard let first = entries.first, let last = entries.last else { return false }
        let head = Array("{\n  \"\(folder)\": [\n    ".utf8)
        let tail = Array("\n  ],\n  \"month\": \"\(month)\",\n  \"schemaVersion\": \(SchemaVersion.current)\n}\n".utf8)
        let separator = Array(",\n    ".utf8)
        guard first.range.lowerBound == head.count, data.prefix(head.count).elementsEqual(head),
              data.count - last.range.upperBound == tail.count, data.suffix(tail.count).elementsEqual(tail) else { return false }
        for (before, after) in zip(entries, entries.dropFirst()) {
            guard (before.date, before.id) < (after.date, after.id),
                  after.range.lowerBound - before.range.upperBound == separator.count,
                  data[before.range.upperBound..<after.range.lowerBound].elementsEqual(separator) else { return false }
        }
        return true
    }

    /// `data` with each new record's text put in its place by date and id: the bytes the store
    /// would write for the old records and the new ones together, when `data` is canonical.
    func inserting(_ records: [(date: String, id: String, text: [UInt8])], into data: Data) -> Data {
        let separator = Array(",\n    ".utf8)
        var out = Data()
        out.reserveCapacity(data.count + records.reduce(0) { $0 + $1.text.count + separator.count })
        var copied = 0
        var sorted = records.sorted { ($0.date, $0.id) < ($1.date, $1.id) }[...]
        for entry in entries {
            while let next = sorted.first, (next.date, next.id) < (entry.date, entry.id) {
                out.append(data[copied..<entry.range.lowerBound])
                copied = entry.range.lowerBound
                out.append(contentsOf: next.text)
                out.append(contentsOf: separator)
                sorted = sorted.dropFirst()
            }
        }
        let end = entries.last?.range.upperBound ?? copied
        out.append(data[copied..<end])
        for record in sorted {
            out.append(contentsOf: separator)
            out.append(contentsOf: record.text)
        }
        out.append(data[end...])
        return out
    }
}
