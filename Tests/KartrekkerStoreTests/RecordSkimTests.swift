import Foundation
import Testing
import KartrekkerCore
@testable import KartrekkerStore

/// The skim finds every record's place without decoding, and a record added as text gives the
/// very bytes the store would write for the whole month.
@Suite struct RecordSkimTests {
    static let month = "2026-10"

    func records(_ count: Int, seed: Int) -> [Contribution] {
        (0..<count).map { index in
            let day = 1 + (index * 7 + seed) % 28
            var record = contribution("c-202610-\(String(format: "%04d", (index * 37 + seed) % 9973))",
                                      "e-\((index + seed) % 5)", "2026-10-\(String(format: "%02d", day))",
                                      KartrekkerCore.Category.allCases[(index + seed) % 6])
            record.values = index % 3 == 0 ? ["samen", "b\"ij"] : []
            record.note = "noot \(index) \\ \"quoted\" } { ],\n    {"
            return record
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func insertedTextIsWhatTheStoreWouldWrite(seed: Int) throws {
        let all = records(40 + seed, seed: seed)
        let uniques = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }).values.sorted { $0.id < $1.id }
        // Some records already in the file, the others added: at the start, between, at the end.
        let added = uniques.enumerated().filter { $0.offset % (seed + 1) == 0 }.map(\.element)
        let kept = uniques.filter { record in !added.contains { $0.id == record.id } }
        let before = DataStore.encode(MonthFile(month: RecordSkimTests.month, records: kept))
        let skim = try #require(RecordSkim(before, folder: Contribution.folder))
        #expect(skim.entries.count == kept.count)
        #expect(skim.isCanonical(before, folder: Contribution.folder, month: RecordSkimTests.month))
        for (entry, record) in zip(skim.entries, MonthFile(month: RecordSkimTests.month, records: kept).records) {
            #expect(entry.id == record.id && entry.employeeID == record.employeeId && entry.date == record.date.description)
            #expect(DataStore.decodeRecord(Contribution.self, before[entry.range]) == record)
        }
        let spliced = skim.inserting(added.map { (date: $0.date.description, id: $0.id,
                                                  text: JSONWriter.element($0.storedValue, indent: 2, sortedKeys: true)) }, into: before)
        #expect(spliced == DataStore.encode(MonthFile(month: RecordSkimTests.month, records: kept + added)))
    }

    @Test func onlyTheStoresOwnLayoutIsSpliced() throws {
        let file = MonthFile(month: RecordSkimTests.month, records: records(6, seed: 9))
        let canonical = DataStore.encode(file)
        let minified = try JSONEncoder().encode(file)
        let skimmed = try #require(RecordSkim(minified, folder: Contribution.folder))
        #expect(skimmed.entries.count == 6)
        #expect(!skimmed.isCanonical(minified, folder: Contribution.folder, month: RecordSkimTests.month))
        // Out of order, another month's name, a trailing space: not the store's bytes.
        let text = String(decoding: canonical, as: UTF8.self)
        for variant in [text.replacingOccurrences(of: "\"2026-10\"", with: "\"2026-11\""), text + " ",
                        text.replacingOccurrences(of: "[\n    {", with: "[\n     {")] {
            let data = Data(variant.utf8)
            #expect(RecordSkim(data, folder: Contribution.folder).map { $0.isCanonical(data, folder: Contribution.folder, month: RecordSkimTests.month) } != true)
        }
        #expect(RecordSkim(Data("{\"contributions\": [{\"id\": \"x\"}]}".utf8), folder: Contribution.folder) == nil)
    }

    @Test func neverFailsOnAnyFileOfJSONTestSuite() throws {
        let files = try jsonTestSuite()
        for file in files {
            let data = try Data(contentsOf: file)
            _ = RecordSkim(data, folder: Contribution.folder)
            if file.lastPathComponent.hasPrefix("y_") {
                let skipped = data.withUnsafeBytes { raw -> Bool in
                    var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
                    return reader.skipValue() && reader.atEnd
                }
                // Valid JSON is skipped whole (strings with escapes the fast reader does not take aside).
                #expect(skipped || data.contains(UInt8(ascii: "\\")), "\(file.lastPathComponent)")
            }
        }
    }

    @Test func addingToAMonthKeepsItTheStoresBytesWhateverItsLayoutWas() throws {
        let store = DataStore(directory: temporaryDirectory())
        try store.add((0..<5).map { Employee(id: "e-\($0)", name: "Persoon \($0)", team: "Zuid") })
        let first = records(30, seed: 3)
        let unique = Dictionary(first.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }).values.sorted { $0.id < $1.id }
        try store.add(Array(unique.prefix(20)))
        let path = store.directory.appendingPathComponent("contributions/2026-10.json")
        // One spliced in (the file is the store's own), then one after a hand edit to a minified file.
        try store.add(unique[20])
        #expect(try Data(contentsOf: path) == DataStore.encode(MonthFile(month: "2026-10", records: Array(unique.prefix(21)))))
        try JSONEncoder().encode(MonthFile(month: "2026-10", records: Array(unique.prefix(21)))).write(to: path)
        try store.add(unique[21])
        #expect(try Data(contentsOf: path) == DataStore.encode(MonthFile(month: "2026-10", records: Array(unique.prefix(22)))))
        #expect(throws: KartrekkerError.self) { try store.add(unique[3]) }
        #expect(try DataStore(directory: store.directory).contributions().count == 22)
    }

    @Test func aRecordNearTheMonthsEndIsPutInAfterALookAtTheLastFewOnly() throws {
        let kept = MonthFile(month: RecordSkimTests.month, records: records(12, seed: 4)).records
        let before = DataStore.encode(MonthFile(month: RecordSkimTests.month, records: kept))
        func text(_ record: Contribution) -> (date: String, id: String, text: [UInt8]) {
            (record.date.description, record.id, JSONWriter.element(record.storedValue, indent: 2, sortedKeys: true))
        }
        func insert(_ record: Contribution, into data: Data, month: String = RecordSkimTests.month, limit: Int = 5000) -> Data? {
            RecordSkim.insertingNearEnd(text(record), into: data, folder: Contribution.folder, month: month, lookingBack: limit)?
                .reduce(into: Data()) { $0.append($1) }
        }
        // At the end, between two of the last records, before the first: the store's own bytes.
        let last = kept[kept.count - 1]
        let cases = [contribution("c-202610-zz1", "e-1", "2026-10-31"),
                     contribution(String(last.id.dropLast()) + "!", "e-2", last.date.description),
                     contribution("c-202610-0000", "e-3", "2026-10-01")]
        for record in cases {
            #expect(insert(record, into: before) == DataStore.encode(MonthFile(month: RecordSkimTests.month, records: kept + [record])),
                    "\(record.id)")
        }
        // Too far back to look, an id already there, or a file the store did not write: not put in.
        #expect(insert(cases[2], into: before, limit: 3) == nil)
        var again = kept[0]
        again.date = day("2026-10-31")
        #expect(insert(again, into: before) == nil)
        #expect(insert(cases[0], into: before + Data(" ".utf8)) == nil)
        #expect(insert(cases[0], into: before, month: "2026-11") == nil)
        #expect(insert(cases[0], into: try JSONEncoder().encode(MonthFile(month: RecordSkimTests.month, records: kept))) == nil)
        let empty = DataStore.encode(MonthFile<Contribution>(month: RecordSkimTests.month, records: []))
        #expect(insert(cases[0], into: empty) == nil)
    }

    @Test func theSearchFindsEveryPlaceAndNothingElse() {
        let text = Data("ab\"c-202611-aaaa\" xyz c-202611-aab\"".utf8)
        for needle in ["c-202611-aaaa\"", "c-202611-aab\"", "ab", "\"", "z c"] {
            #expect(RecordSkim.contains(needle, in: text) && RecordSkim.horspool(Array(needle.utf8), in: text), "\(needle)")
        }
        for needle in ["c-202611-aaab\"", "c-202611-aa\"", "abc", String(repeating: "x", count: 60)] {
            #expect(!RecordSkim.contains(needle, in: text) && !RecordSkim.horspool(Array(needle.utf8), in: text), "\(needle)")
        }
        #expect(!RecordSkim.contains("a", in: Data()))
    }
}
