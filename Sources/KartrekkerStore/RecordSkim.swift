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
        /// A contribution's category and idea status (`nil` for a recognition, or none).
        var category: String? = nil
        var ideaStatus: String? = nil
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
                    guard var entry = RecordSkim.entry(&reader) else { return false }
                    entry.range = start..<reader.position
                    entries.append(entry)
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

    /// The fields that place the record the reader is at (its range left empty), reading the
    /// rest of it without decoding; `nil` when it is not a record object.
    private static func entry(_ reader: inout FastJSONReader) -> Entry? {
        var employeeID: String?
        var date: String?
        var id: String?
        var category: String?
        var ideaStatus: String?
        let whole = reader.object { reader, key in
            if FastJSONReader.is(key, "category") {
                category = reader.string()
                return category != nil
            }
            if FastJSONReader.is(key, "ideaStatus") {
                guard let status = reader.optionalString() else { return false }
                ideaStatus = status
                return true
            }
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
        guard whole, let employeeID, let date, let id else { return nil }
        return Entry(employeeID: employeeID, date: date, id: id, range: 0..<0, category: category, ideaStatus: ideaStatus)
    }

    // The store's own layout of a month file: what comes before the first record, between two
    // records, and after the last.
    private static func head(_ folder: String) -> [UInt8] { Array("{\n  \"\(folder)\": [\n    ".utf8) }
    private static let separator = Array(",\n    ".utf8)
    private static func tail(_ month: String, version: Int) -> [UInt8] {
        Array("\n  ],\n  \"month\": \"\(month)\",\n  \"schemaVersion\": \(version)\n}\n".utf8)
    }

    /// The tail `data` ends with, of a version from `lowest` on: a record that needs version 2
    /// goes only into a file that is version 2 already (else the file is written whole).
    private static func tail(of data: Data, _ month: String, lowest: Int) -> [UInt8]? {
        (lowest...SchemaVersion.records).lazy.map { tail(month, version: $0) }.first { data.suffix($0.count).elementsEqual($0) }
    }

    /// Whether the bytes around the records are exactly what the store writes for `month`
    /// (two-space indents, the keys in order) and the records are in the store's order (date,
    /// then id): then a record's text can be inserted in its place and the file stays the one
    /// the store would have written.
    func isCanonical(_ data: Data, folder: String, month: String, lowestVersion: Int = 1) -> Bool {
        guard let first = entries.first, let last = entries.last,
              let tail = RecordSkim.tail(of: data, month, lowest: lowestVersion) else { return false }
        let (head, separator) = (RecordSkim.head(folder), RecordSkim.separator)
        guard first.range.lowerBound == head.count, data.prefix(head.count).elementsEqual(head),
              data.count - last.range.upperBound == tail.count else { return false }
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
        let separator = RecordSkim.separator
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

    /// `data` with one new record's text in its place (as the pieces to write one after the other), found by walking back from the file's
    /// end record by record (a record for today goes among the last few), when the file ends
    /// and separates its records exactly as the store writes them and the id is not in the
    /// file yet; else `nil` (then the whole file is skimmed). A raw line break is only ever
    /// white space in JSON, so a record begins at a line that is four spaces and a brace.
    static func insertingNearEnd(_ record: (date: String, id: String, text: [UInt8]), into data: Data, folder: String,
                                 month: String, lowestVersion: Int = 1, lookingBack limit: Int = 5000) -> [Data]? {
        guard let end = tail(of: data, month, lowest: lowestVersion) else { return nil }
        let (head, separator) = (head(folder), separator)
        guard data.count > end.count + head.count,
              data.prefix(head.count).elementsEqual(head), !contains(record.id, in: data) else { return nil }
        var recordEnd = data.count - end.count
        for _ in 0..<limit {
            guard data[recordEnd - 1] == UInt8(ascii: "}"), let start = startOfRecord(endingAt: recordEnd, in: data),
                  let place = place(ofRecord: data[start..<recordEnd]) else { return nil }
            if (place.date, place.id) < (record.date, record.id) {
                return spliced(data, at: recordEnd, separator + record.text)
            }
            if start == head.count { return spliced(data, at: start, record.text + separator) }
            guard start > head.count + separator.count, data[(start - separator.count)..<start].elementsEqual(separator) else { return nil }
            recordEnd = start - separator.count
        }
        return nil
    }

    /// Where the record whose closing brace is just before `end` opens: the last line before it
    /// that is four spaces and a brace.
    private static func startOfRecord(endingAt end: Int, in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = end - 7
            while index >= 0 {
                if bytes[index] == 0x0A, bytes[index + 5] == UInt8(ascii: "{"), bytes[index + 6] == 0x0A, bytes[index + 1] == 0x20,
                   bytes[index + 2] == 0x20, bytes[index + 3] == 0x20, bytes[index + 4] == 0x20 {
                    return index + 5
                }
                index -= 1
            }
            return nil
        }
    }

    private static func spliced(_ data: Data, at offset: Int, _ text: [UInt8]) -> [Data] {
        [data[..<offset], Data(text), data[offset...]]
    }

    /// The date and id of one record's object bytes: from the lines the store writes them on
    /// (a key at six spaces can only be the record's own), else by reading the object.
    private static func place(ofRecord bytes: Data) -> (date: String, id: String)? {
        if let date = value(after: "\n      \"date\": \"", in: bytes), let id = value(after: "\n      \"id\": \"", in: bytes) {
            return (date, id)
        }
        return bytes.withUnsafeBytes { raw -> (date: String, id: String)? in
            var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
            guard let entry = entry(&reader), reader.atEnd else { return nil }
            return (entry.date, entry.id)
        }
    }

    /// The plain text between `marker` and the next quote in `bytes`; `nil` when the marker is
    /// not there or the text holds an escape.
    private static func value(after marker: String, in bytes: Data) -> String? {
        let pattern = Array(marker.utf8)
        return bytes.withUnsafeBytes { raw -> String? in
            let all = raw.bindMemory(to: UInt8.self)
            guard let memmem, let found = pattern.withUnsafeBytes({ memmem(raw.baseAddress, raw.count, $0.baseAddress, $0.count) })
            else { return nil }
            let start = raw.baseAddress!.distance(to: UnsafeRawPointer(found)) + pattern.count
            var end = start
            while end < all.count, all[end] != UInt8(ascii: "\""), all[end] != UInt8(ascii: "\\"), all[end] >= 0x20 { end += 1 }
            guard end < all.count, all[end] == UInt8(ascii: "\"") else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
        }
    }

    private typealias MemMem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    /// The C library's `memmem` (a GNU extension the Glibc module does not declare), found at
    /// run time: it searches megabytes in well under a millisecond.
    private static let memmem: MemMem? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem")
        .map { unsafeBitCast($0, to: MemMem.self) }

    /// Whether `needle` occurs anywhere in `data` (a month file is megabytes, and a log checks
    /// one): `memmem`, else Horspool's search.
    static func contains(_ needle: String, in data: Data) -> Bool {
        let pattern = Array(needle.utf8)
        let length = pattern.count
        guard length > 0 else { return true }
        if let memmem {
            return data.withUnsafeBytes { raw in
                pattern.withUnsafeBytes { memmem(raw.baseAddress, raw.count, $0.baseAddress, $0.count) != nil }
            }
        }
        return horspool(pattern, in: data)
    }

    /// Horspool's search, which moves on by up to the needle's length at each look.
    static func horspool(_ pattern: [UInt8], in data: Data) -> Bool {
        let length = pattern.count
        guard length > 0 else { return true }
        var shift = [Int](repeating: length, count: 256)
        for index in 0..<length - 1 { shift[Int(pattern[index])] = length - 1 - index }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = 0
            while position + length <= bytes.count {
                let last = bytes[position + length - 1]
                if last == pattern[length - 1] {
                    var index = length - 2
                    while index >= 0 && bytes[position + index] == pattern[index] { index -= 1 }
                    if index < 0 { return true }
                }
                position += shift[Int(last)]
            }
            return false
        }
    }
}
