import Foundation
import KartrekkerCore
import Testing
@testable import KartrekkerStore

@Suite struct JournalTests {
    let anna = Employee(id: "e-anna", name: "Anna", team: "A")

    func files(_ directory: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for folder in ["", "contributions/", "recognitions/"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path + "/" + folder)) ?? []
            where name.hasSuffix(".json") {
                result[folder + name] = FileManager.default.contents(atPath: directory.path + "/" + folder + name)
            }
        }
        return result
    }

    /// A store with a contribution in October recognized in November.
    func linkedStore() throws -> (URL, DataStore) {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add(anna)
        try store.add(contribution("c-202610-a", "e-anna", "2026-10-30"))
        try store.add(recognition("r-202611-a", "e-anna", "2026-11-02", for: ["c-202610-a"]))
        return (directory, store)
    }

    @Test(arguments: [0, 1])
    func aFailedStepOfAMultiFileWriteIsUndone(failingRename: Int) throws {
        let (directory, _) = try linkedStore()
        let before = files(directory)
        // Renames: the journal first, then each data file.
        let store = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: "rename", after: failingRename + 1))
        #expect(throws: KartrekkerError.self) { try store.deleteContribution(id: "c-202610-a") }
        #expect(files(directory) == before)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/" + Journal.fileName))
        #expect(try DataStore(directory: directory).contributions().count == 1)
    }

    @Test func diskFullIsReportedAndChangesNothing() throws {
        let (directory, _) = try linkedStore()
        let before = files(directory)
        let store = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: "write"))
        do {
            try store.add(contribution("c-202610-b", "e-anna", "2026-10-31"))
            Issue.record("the save should have failed")
        } catch let error as KartrekkerError {
            #expect(error.message.contains("could not save contributions/2026-10.json"))
            #expect(error.message.contains("No space left on device"))
        }
        #expect(files(directory) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/contributions").filter { $0.hasPrefix(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anInterruptedWriteIsCompletedByTheNextStore() throws {
        let (directory, store) = try linkedStore()
        let journal = try interruptedDeletion(directory, store)
        try Data("half".utf8).write(to: directory.appendingPathComponent("contributions/.tmp-2026-10.json-1-2"))

        let check = DataStore(directory: directory, recoversInterruptedWrites: false).check()
        #expect(check.problems.map(\.english).contains { $0.hasPrefix(".journal:1:1:") })

        // Even a read completes it, and says so.
        let next = DataStore(directory: directory)
        #expect(try next.contributions().isEmpty)
        #expect(next.notices.map(\.english) == ["a write that was interrupted (a crash?) was completed first: \(journal.entries.map(\.path).joined(separator: ", "))"])
        #expect(try next.recognitions().first?.contributionIds == [])
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/" + Journal.fileName))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/contributions/.tmp-2026-10.json-1-2"))
        #expect(next.check().isSound)
    }

    /// What a crash leaves after the journal of `done` and `waiting` was written and the files
    /// of `done` replaced: each entry with the file's contents before (as a write journals them).
    func interruptedJournal(_ directory: URL, _ store: DataStore, _ done: [(any StoredShape, String)],
                            _ waiting: [(any StoredShape, String)]) throws -> Journal {
        let entries = (done + waiting).map { value, path in
            var entry = store.change(value, path)
            entry.previous = FileManager.default.contents(atPath: directory.path + "/" + path)
            return entry
        }
        let journal = Journal(entries: entries)
        try JSONEncoder().encode(journal).write(to: directory.appendingPathComponent(Journal.fileName))
        for (value, path) in done { try DataStore.encode(value).write(to: directory.appendingPathComponent(path)) }
        return journal
    }

    /// What a crash during the deletion of the linked store's contribution leaves after the
    /// journal and the first file: the recognition already unlinked, the contribution still
    /// there, the journal in place.
    func interruptedDeletion(_ directory: URL, _ store: DataStore) throws -> Journal {
        let contributions = MonthFile<Contribution>(month: "2026-10", records: [])
        var unlinked = recognition("r-202611-a", "e-anna", "2026-11-02")
        unlinked.contributionIds = []
        let recognitions = MonthFile<Recognition>(month: "2026-11", records: [unlinked])
        return try interruptedJournal(directory, store, [(recognitions, "recognitions/2026-11.json")],
                                      [(contributions, "contributions/2026-10.json")])
    }

    @Test func anInterruptedWriteIsNotCompletedOverAFileChangedSince() throws {
        let (directory, store) = try linkedStore()
        _ = try interruptedDeletion(directory, store)
        // Another lead's record arrives in October by sync before anyone runs kartrekker.
        let synced = MonthFile<Contribution>(month: "2026-10", records: [contribution("c-202610-a", "e-anna", "2026-10-30"),
                                                                          contribution("c-202610-synced", "e-anna", "2026-10-31")])
        let file = directory.appendingPathComponent("contributions/2026-10.json")
        try DataStore.encode(synced).write(to: file)
        let before = try Data(contentsOf: file)
        for attempt in ["read", "write"] {
            let next = DataStore(directory: directory)
            let error = #expect(throws: KartrekkerError.self) {
                if attempt == "read" { _ = try next.contributions() } else { try next.add(contribution("c-202611-x", "e-anna", "2026-11-05")) }
            }
            #expect(error?.message.contains("contributions/2026-10.json has changed since") == true, "\(String(describing: error))")
            #expect(try Data(contentsOf: file) == before)
            #expect(FileManager.default.fileExists(atPath: directory.path + "/" + Journal.fileName))
        }
    }

    @Test func staleWritersKeepEachOthersRecords() throws {
        let directory = temporaryDirectory()
        let first = DataStore(directory: directory)
        try first.add(anna)
        try first.add(contribution("c-202611-a", "e-anna", "2026-11-01"))
        let second = DataStore(directory: directory)
        #expect(try second.contributions().count == 1)
        #expect(try first.contributions().count == 1)
        try second.add(contribution("c-202611-b", "e-anna", "2026-11-02"))
        // `first` loaded the month before `second` wrote it: it re-reads under the lock.
        try first.add(contribution("c-202611-c", "e-anna", "2026-11-03"))
        var status = try #require(try second.record(Contribution.self, id: "c-202611-a"))
        status.note = "changed by the second"
        try second.replace(status)
        try first.add(contribution("c-202611-d", "e-anna", "2026-11-04"))
        let all = try DataStore(directory: directory).contributions()
        #expect(all.map(\.id) == ["c-202611-a", "c-202611-b", "c-202611-c", "c-202611-d"])
        #expect(all.first?.note == "changed by the second")
    }

    @Test func theChangeStampMovesOnlyWhenFilesChange() throws {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        let empty = store.changeStamp()
        try store.add(anna)
        let one = store.changeStamp()
        #expect(one != empty)
        _ = try store.contributions()
        #expect(store.changeStamp() == one)
        try DataStore(directory: directory).add(contribution("c-202611-a", "e-anna", "2026-11-01"))
        #expect(store.changeStamp() != one)
    }
}
