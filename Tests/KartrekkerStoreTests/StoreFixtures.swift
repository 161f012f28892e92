import Foundation
import Testing
import KartrekkerCore
@testable import KartrekkerStore

func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-store-\(UUID().uuidString)")
        .appendingPathComponent("data")
}

func day(_ text: String) -> CalendarDate {
    CalendarDate(text)!
}

/// The parsing files of JSONTestSuite, kept in the repository under Tests/Corpus with its
/// licence.
func jsonTestSuite(sourceLocation: SourceLocation = #_sourceLocation) throws -> [URL] {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/JSONTestSuite/test_parsing")
    let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
    #expect(files.count > 300, sourceLocation: sourceLocation)
    return files
}

let recordedAt = Date(timeIntervalSince1970: 1_796_000_000.25)

func contribution(_ id: String, _ employeeID: String, _ date: String, _ category: KartrekkerCore.Category = .smile) -> Contribution {
    Contribution(id: id, employeeId: employeeID, date: day(date), category: category, note: "note \(id)",
                 channel: .phone, values: ["betrokken"], project: "Zuid", recordedBy: "lead", recordedAt: recordedAt)
}

func recognition(_ id: String, _ employeeID: String, _ date: String, for ids: [String] = []) -> Recognition {
    Recognition(id: id, employeeId: employeeID, date: day(date), kind: .thanks, message: "thanks", contributionIds: ids,
                visibility: .private, recordedBy: "lead", recordedAt: recordedAt)
}

/// A file system that records every call and can be told to fail one of them.
final class RecordingFileSystem: FileSystem, @unchecked Sendable {
    private let real = PosixFileSystem()
    private let lock = NSLock()
    private var _calls: [String] = []
    let failing: String?
    private var remainingBeforeFailure: Int

    /// Fails the `after + 1`-th call named `failing`.
    init(failing: String? = nil, after: Int = 0) {
        self.failing = failing
        remainingBeforeFailure = after
    }

    var calls: [String] { lock.withLock { _calls } }

    private func note(_ call: String) throws {
        let fail = lock.withLock { () -> Bool in
            _calls.append(call)
            guard call == failing else { return false }
            remainingBeforeFailure -= 1
            return remainingBeforeFailure == -1
        }
        if fail { throw FileSystemError(call: call, path: "injected", code: call == "write" ? ENOSPC : EIO) }
    }

    /// Reads are not listed among the calls (the order of a save is what tests compare); they
    /// fail when told to.
    func read(_ path: String) throws -> Data? {
        let fail = lock.withLock { () -> Bool in
            guard failing == "read" else { return false }
            remainingBeforeFailure -= 1
            return remainingBeforeFailure == -1
        }
        if fail { throw FileSystemError(call: "read", path: (path as NSString).lastPathComponent, code: EIO) }
        return try real.read(path)
    }

    func createExclusive(_ path: String) throws -> Int32 {
        try note("create")
        return try real.createExclusive(path)
    }

    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        try note("write")
        try real.write(descriptor, bytes)
    }

    func fsync(_ descriptor: Int32) throws {
        var info = stat()
        fstat(descriptor, &info)
        try note((info.st_mode & S_IFMT) == S_IFDIR ? "fsync-directory" : "fsync")
        try real.fsync(descriptor)
    }

    func close(_ descriptor: Int32) {
        real.close(descriptor)
    }

    func rename(_ source: String, _ target: String) throws {
        try note("rename")
        try real.rename(source, target)
    }

    func remove(_ path: String) {
        real.remove(path)
    }

    func openDirectory(_ path: String) throws -> Int32 {
        try real.openDirectory(path)
    }
}
