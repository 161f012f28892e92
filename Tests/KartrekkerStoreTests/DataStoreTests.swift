import Foundation
import KartrekkerCore
import Testing
@testable import KartrekkerStore

@Suite struct DataStoreTests {
    let anna = Employee(id: "e-anna", name: "Anna de Vries", team: "Wijkbeheer", role: "Opzichter",
                        email: "anna@woonstad.nl", startDate: day("2020-01-06"))

    @Test func recordsRoundTripThroughANewStore() throws {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add(anna)
        let idea = Contribution(id: "c-202611-idea", employeeId: "e-anna", date: day("2026-11-02"), category: .idea,
                                note: "Sleutelkluis", recordedBy: "lead", recordedAt: recordedAt)
        try store.add(idea)
        try store.add(contribution("c-202610-a", "e-anna", "2026-10-31"))
        try store.add(recognition("r-202611-a", "e-anna", "2026-11-03", for: ["c-202611-idea"]))

        let fresh = DataStore(directory: directory)
        #expect(try fresh.employees() == [anna])
        #expect(try fresh.contributions().map(\.id) == ["c-202610-a", "c-202611-idea"])
        #expect(try fresh.contributions() == [contribution("c-202610-a", "e-anna", "2026-10-31"), idea])
        #expect(try fresh.recognitions() == [recognition("r-202611-a", "e-anna", "2026-11-03", for: ["c-202611-idea"])])
        #expect(try fresh.record(Contribution.self, id: "c-202611-idea")?.ideaStatus == .proposed)
        #expect(try fresh.contributions(in: DateRange(from: day("2026-11-01"), to: day("2026-11-30"))).map(\.id) == ["c-202611-idea"])
        #expect(fresh.months(of: Contribution.self) == ["2026-10", "2026-11"])
        #expect(fresh.check().isSound)
    }

    /// A list or export reads the files not known sound whole before it prints anything; what
    /// it found sound it remembers, so the next one does not read them twice.
    @Test func aStreamRemembersTheFilesItFoundSoundButNotAFileChangedSince() throws {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add(anna)
        try store.add([contribution("c-202610-a", "e-anna", "2026-10-31"), contribution("c-202611-b", "e-anna", "2026-11-02")])
        let folder = try #require(store.derived.path)
        // As after a restore from backup: nothing known sound.
        try FileManager.default.removeItem(atPath: folder + "/" + VerifiedFiles.fileName)
        try DataStore(directory: directory).forEachMonth(Contribution.self, in: nil, newestFirst: false) { _ in }
        let data = try #require(FileManager.default.contents(atPath: folder + "/" + VerifiedFiles.fileName))
        let known = try JSONDecoder().decode(VerifiedFiles.self, from: data).files
        for month in ["2026-10", "2026-11"] {
            let file = "contributions/\(month).json"
            let signature = try #require(FileSignature(path: directory.path + "/" + file))
            #expect(known[file] == VerifiedFiles.token(signature), "\(file)")
        }
        // Damaged afterwards: not vouched for, found again.
        try Data("{".utf8).write(to: directory.appendingPathComponent("contributions/2026-10.json"))
        #expect(throws: KartrekkerError.self) {
            try DataStore(directory: directory).forEachMonth(Contribution.self, in: nil, newestFirst: false) { _ in }
        }
    }

    @Test func aSaveIsWriteFsyncRenameThenDirectoryFsync() throws {
        let fileSystem = RecordingFileSystem()
        let store = DataStore(directory: temporaryDirectory(), fileSystem: fileSystem)
        try store.add(anna)
        // The data file, durably; then the store's own `.verified` list, a cache in the user's
        // folder, written whole and renamed but not forced to disk (lost, it is rebuilt).
        #expect(fileSystem.calls == ["create", "write", "fsync", "rename", "fsync-directory",
                                     "create", "write", "rename"])
    }

    @Test(arguments: ["create", "write", "fsync", "rename"])
    func aFailedStepKeepsTheOldFileAndLeavesNoTemporaryFile(step: String) throws {
        let directory = temporaryDirectory()
        try DataStore(directory: directory).add(anna)
        let path = directory.appendingPathComponent("employees.json")
        let before = try Data(contentsOf: path)
        let store = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: step))
        #expect(throws: KartrekkerError.self) {
            try store.add(Employee(id: "e-bert", name: "Bert", team: "Wijkbeheer"))
        }
        #expect(try Data(contentsOf: path) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".tmp-") }
        #expect(leftovers.isEmpty)
        #expect(try DataStore(directory: directory).employees() == [anna])
    }

    @Test func movingARecordToAnotherMonthRewritesBothFiles() throws {
        let store = DataStore(directory: temporaryDirectory())
        try store.add(anna)
        var record = contribution("c-202611-a", "e-anna", "2026-11-02")
        try store.add(record)
        try store.add(contribution("c-202611-b", "e-anna", "2026-11-05"))
        record.date = day("2026-09-30")
        try store.replace(record)
        #expect(try store.monthRecords(Contribution.self, "2026-11").map(\.id) == ["c-202611-b"])
        #expect(try store.monthRecords(Contribution.self, "2026-09").map(\.id) == ["c-202611-a"])
        #expect(try store.record(Contribution.self, id: "c-202611-a")?.date == day("2026-09-30"))
    }

    @Test func changesByAnotherProcessAreSeen() throws {
        let directory = temporaryDirectory()
        let first = DataStore(directory: directory)
        let second = DataStore(directory: directory)
        try first.add(anna)
        #expect(try second.employees().count == 1)
        try second.add(Employee(id: "e-bert", name: "Bert", team: "Verhuur"))
        try first.add(Employee(id: "e-cor", name: "Cor", team: "Verhuur"))
        #expect(try DataStore(directory: directory).employees().map(\.id) == ["e-anna", "e-bert", "e-cor"])
    }

    @Test func theDataDirectoryIsResolvedInTheContractsOrder() {
        let environment = ["KARTREKKER_DATA_DIR": "/tmp/k1", "XDG_DATA_HOME": "/tmp/xdg", "HOME": "/home/lead"]
        #expect(DataDirectory.resolve(explicit: "/tmp/explicit", environment: environment).path == "/tmp/explicit")
        #expect(DataDirectory.resolve(explicit: nil, environment: environment).path == "/tmp/k1")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/tmp/xdg", "HOME": "/home/lead"]).path
                == "/tmp/xdg/kartrekker")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/home/lead"]).path
                == "/home/lead/.local/share/kartrekker")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["KARTREKKER_DATA_DIR": "", "HOME": "/home/lead"]).path
                == "/home/lead/.local/share/kartrekker")
    }

    @Test func checkReportsInconsistenciesWithPositions() throws {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add(anna)
        try store.add(contribution("c-202611-a", "e-anna", "2026-11-02"))
        try store.add(contribution("c-202611-b", "e-ghost", "2026-11-03"))
        try store.add(recognition("r-202611-a", "e-anna", "2026-11-04", for: ["c-gone"]))
        let path = directory.appendingPathComponent("contributions/2026-11.json")
        let moved = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "2026-11-02", with: "2026-12-02")
        try moved.write(to: path, atomically: false, encoding: .utf8)
        let report = DataStore(directory: directory).check()
        #expect(report.problems.count == 3)
        #expect(report.problems.map(\.english).contains { $0.hasPrefix("contributions/2026-11.json:3:5: c-202611-a is dated 2026-12-02") })
        #expect(report.problems.map(\.english).contains { $0.hasPrefix("contributions/2026-11.json:") && $0.contains("e-ghost") })
        #expect(report.problems.map(\.english).contains { $0.hasPrefix("recognitions/2026-11.json:") && $0.contains("c-gone") })
    }

    @Test func syntaxErrorsArePlacedExactly() {
        let cases: [(String, String)] = [
            ("", "1:1"), ("{\n  \"a\": [1, 2,]\n}", "2:14"), ("{\"a\": \"b\u{1}\"}", "1:9"),
            ("{\"é\": tru}", "1:10"), ("[1]\n x", "2:2"), ("{\"a\" 1}", "1:6"), ("[01]", "1:3"),
        ]
        for (text, position) in cases {
            let error = JSONLocator.syntaxError(in: Data(text.utf8))
            #expect(error?.position.description == position, "\(text.debugDescription): \(String(describing: error))")
        }
        #expect(JSONLocator.syntaxError(in: Data("{\"a\": [1, {\"b\": null}], \"c\": -1.5e3}".utf8)) == nil)
        #expect(JSONLocator.syntaxError(in: Data([0x22, 0xFF, 0x22])) != nil)
        #expect(JSONLocator.syntaxError(in: Data(String(repeating: "[", count: 100_000).utf8)) != nil)
    }
}

@Suite struct ReadFaultTests {
    @Test func largeAndSmallFilesReadWhole() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for size in [0, 1, 4096, (1 << 18) - 1, 1 << 18, 3_000_001] {
            let path = directory.appendingPathComponent("f\(size)").path
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) })
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(try PosixFileSystem().read(path) == bytes, "\(size) bytes")
        }
        #expect(try PosixFileSystem().read(directory.appendingPathComponent("none").path) == nil)
    }

    @Test func aFailingReadIsAClearErrorAndNothingIsWritten() throws {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add(Employee(id: "e-1", name: "Anna", team: "A"))
        try store.add(contribution("c-202611-1", "e-1", "2026-11-03"))
        let before = try Data(contentsOf: directory.appendingPathComponent("contributions/2026-11.json"))
        // Every read goes through the seam: the first one fails.
        let failing = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: "read"))
        let error = #expect(throws: KartrekkerError.self) { _ = try failing.employees() }
        #expect(error?.message.contains("cannot read employees.json") == true, "\(String(describing: error))")
        // A write reads the month file it adds to (and nothing else, the rest being known sound).
        let writer = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: "read"))
        #expect(throws: KartrekkerError.self) { try writer.add(contribution("c-202611-2", "e-1", "2026-11-04")) }
        #expect(try Data(contentsOf: directory.appendingPathComponent("contributions/2026-11.json")) == before)
        // And `check` says so for the file, without stopping.
        let checking = DataStore(directory: directory, fileSystem: RecordingFileSystem(failing: "read"))
        #expect(checking.check().problems.map(\.english).contains { $0.hasPrefix("employees.json:1:1: cannot be read") })
    }
}
