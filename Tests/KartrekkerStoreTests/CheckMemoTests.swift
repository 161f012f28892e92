import Foundation
import Testing
import KartrekkerCore
import KartrekkerPort
@testable import KartrekkerStore

/// `check` remembers what it found sound (`CheckMemo`), so that a second check of years of
/// history does not decode them again. What it remembers must never hide a problem: damage made
/// after a check is named exactly as a first check names it, and a file's bytes that changed
/// under an unchanged signature are read whole.
@Suite struct CheckMemoTests {
    /// Three months of two people's records, a recognition for a contribution; checked once.
    func organisation() throws -> (DataStore, URL) {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add([Employee(id: "e-anna", name: "Anna", team: "Verhuur"), Employee(id: "e-jan", name: "Jan", team: "Onderhoud")])
        try store.add([contribution("c-202609-a", "e-anna", "2026-09-02", .goal), contribution("c-202610-b", "e-jan", "2026-10-05"),
                       contribution("c-202611-c", "e-anna", "2026-11-02", .idea), contribution("c-202611-d", "e-jan", "2026-11-03")])
        try store.add([recognition("r-202611-a", "e-anna", "2026-11-04", for: ["c-202611-c"])])
        let first = checking(directory).check()
        #expect(first.isSound, "\(first.problems)")
        return (store, directory)
    }

    func checking(_ directory: URL, fileSystem: any FileSystem = PosixFileSystem()) -> DataStore {
        DataStore(directory: directory, fileSystem: fileSystem, recoversInterruptedWrites: false)
    }

    func memos(_ store: DataStore) throws -> [String: FileSignature] {
        let folder = try #require(store.derived.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".check.bin") }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileSignature(path: folder + "/" + $0)!) })
    }

    /// The report of a check that has no memos to go by.
    func firstCheck(_ store: DataStore, _ directory: URL) throws -> CheckReport {
        let folder = try #require(store.derived.path)
        for name in try memos(store).keys { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        return checking(directory).check()
    }

    func edit(_ directory: URL, _ file: String, _ change: (String) -> String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(file) changed nothing")
        try changed.write(to: url, atomically: false, encoding: .utf8)
    }

    @Test func aSecondCheckDecodesOnlyTheMonthsChangedSince() throws {
        let (store, directory) = try organisation()
        let before = try memos(store)
        #expect(before.count == 4, "\(before.keys.sorted())")
        try store.add(contribution("c-202610-e", "e-anna", "2026-10-20", .smile))
        let report = checking(directory).check()
        #expect(report.isSound && report.contributions == 5 && report.recognitions == 1 && report.files == 5, "\(report)")
        let after = try memos(store)
        // Only October's memo is made anew (a month read whole writes its memo).
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.filter { before[$0.key] != $0.value }.map(\.key) == ["contributions-2026-10.check.bin"])
    }

    @Test(arguments: ["duplicate id", "unknown employee", "link to nothing", "control character", "wrong month", "damaged"])
    func damageMadeAfterACheckIsNamedAsAFirstCheckNamesIt(_ damage: String) throws {
        let (store, directory) = try organisation()
        switch damage {
        case "duplicate id":
            try edit(directory, "contributions/2026-10.json") { $0.replacingOccurrences(of: "c-202610-b", with: "c-202609-a") }
        case "unknown employee":
            try edit(directory, "employees.json") { $0.replacingOccurrences(of: "\"e-jan\"", with: "\"e-jon\"") }
        case "link to nothing":
            try edit(directory, "recognitions/2026-11.json") { $0.replacingOccurrences(of: "\"c-202611-c\"", with: "\"c-202611-x\"") }
        case "control character":
            try edit(directory, "contributions/2026-11.json") { $0.replacingOccurrences(of: "\"note\": \"", with: "\"note\": \"\\u001b[2J") }
        case "wrong month":
            try edit(directory, "contributions/2026-09.json") { $0.replacingOccurrences(of: "2026-09-02", with: "2026-08-02") }
        default:
            try edit(directory, "contributions/2026-11.json") { String($0.dropLast(20)) }
        }
        let report = checking(directory).check()
        #expect(!report.isSound)
        #expect(report.problems == (try firstCheck(store, directory)).problems)
    }

    @Test func aDerivedFileThatSaysOtherAfterACheckIsNamed() throws {
        let (store, directory) = try organisation()
        _ = try store.contributionTotals(in: nil, filter: LeaderboardFilter())
        #expect(checking(directory).check().isSound)
        let folder = try #require(store.derived.path)
        let summary = folder + "/contributions-2026-11.bin"
        let signature = try #require(FileSignature(path: directory.appendingPathComponent("contributions/2026-11.json").path))
        let forged = MonthSummary(contributions: [contribution("c-202611-f", "e-jan", "2026-11-03", .goal)])
            .encodedTotals(token: VerifiedFiles.token(signature))
        try forged.write(to: URL(fileURLWithPath: summary))
        let report = checking(directory).check()
        #expect(report.problems.map(\.english) == ["\(summary):1:1: a derived file says other than contributions/2026-11.json (written by another program, or damaged); it was built anew"],
                "\(report.problems)")
    }

    /// Bytes that rot on the disk keep the file's signature (no system call changed it): the
    /// memo vouches for the bytes it was made from, not for the signature.
    @Test func bytesChangedUnderAnUnchangedSignatureAreReadWhole() throws {
        let (store, directory) = try organisation()
        let rotting = RottingFileSystem(file: "contributions/2026-11.json") { $0.replacingOccurrences(of: "\"idea\"", with: "\"idex\"") }
        let report = checking(directory, fileSystem: rotting).check()
        #expect(rotting.rotted)
        #expect(report.problems.first?.english.hasPrefix("contributions/2026-11.json:4:19: at .contributions[0].category: unknown category \"idex\"") == true,
                "\(report.problems)")
        let folder = try #require(store.derived.path)
        for name in try memos(store).keys { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        #expect(report.problems == checking(directory, fileSystem: rotting).check().problems)
    }
}

/// Gives one file's bytes changed, as a disk that rots would: its signature stays as it was.
final class RottingFileSystem: FileSystem, @unchecked Sendable {
    private let real = PosixFileSystem()
    private let file: String
    private let change: @Sendable (String) -> String
    private let lock = NSLock()
    private var _rotted = false

    init(file: String, change: @escaping @Sendable (String) -> String) {
        self.file = file
        self.change = change
    }

    var rotted: Bool { lock.withLock { _rotted } }

    func read(_ path: String) throws -> Data? {
        guard path.hasSuffix("/" + file), let data = try real.read(path) else { return try real.read(path) }
        lock.withLock { _rotted = true }
        return Data(change(String(decoding: data, as: UTF8.self)).utf8)
    }

    func createExclusive(_ path: String) throws -> Int32 { try real.createExclusive(path) }
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws { try real.write(descriptor, bytes) }
    func fsync(_ descriptor: Int32) throws { try real.fsync(descriptor) }
    func close(_ descriptor: Int32) { real.close(descriptor) }
    func rename(_ source: String, _ target: String) throws { try real.rename(source, target) }
    func remove(_ path: String) { real.remove(path) }
    func openDirectory(_ path: String) throws -> Int32 { try real.openDirectory(path) }
}
