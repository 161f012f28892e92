import Foundation
import KartrekkerCore
import KartrekkerPort
import Testing
@testable import KartrekkerStore

/// The data directory as someone with write access to a shared folder leaves it — planted
/// journals, links, a lock that is a link, a read-only directory, FIFOs — met by the store in
/// process: each write refused with what is wrong, nothing outside the directory read, written
/// or chmodded. (The command line's wording of a few is tested in `HostileDirectoryTests`;
/// kill -9, concurrency and the terminal stay with processes.)
@Suite struct HostileDirectoryStoreTests {
    /// Anna with one contribution, and a file outside the directory that plants aim at.
    func organisation() throws -> (directory: URL, bystander: URL) {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add([Employee(id: "e-anna", name: "Anna", team: "A")])
        try store.add(contribution("c-202611-first", "e-anna", "2026-11-02", .goal))
        let bystander = directory.deletingLastPathComponent().appendingPathComponent("bystander-\(UUID().uuidString).txt")
        try "keep me\n".write(to: bystander, atomically: true, encoding: .utf8)
        chmod(bystander.path, 0o644)
        return (directory, bystander)
    }

    func untouched(_ url: URL) throws -> Bool {
        try String(contentsOf: url, encoding: .utf8) == "keep me\n"
            && FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o644
    }

    /// The message of the error `body` throws ("" when it throws none).
    func refusal(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch let error as KartrekkerError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func log(_ directory: URL) throws {
        try DataStore(directory: directory).add(contribution("c-202611-\(UUID().uuidString.prefix(8))", "e-anna", "2026-11-03"))
    }

    @Test(arguments: ["../bystander", "contributions/../../bystander", "ABSOLUTE"])
    func aPlantedJournalCannotWriteOutside(path: String) throws {
        let (directory, bystander) = try organisation()
        let named = path == "ABSOLUTE" ? bystander.path : path.replacingOccurrences(of: "bystander", with: bystander.lastPathComponent)
        let evil = Data("Pwned\n".utf8).base64EncodedString()
        try #"{"entries":[{"backup":false,"contents":"\#(evil)","path":"\#(named)"}],"schemaVersion":1}"#
            .write(to: directory.appendingPathComponent(".journal"), atomically: true, encoding: .utf8)
        let message = refusal { try log(directory) }
        #expect(message.contains(".journal") && message.contains("not a data file"), "\(message)")
        #expect(try untouched(bystander))
        // Reading says so too, and computes nothing from a directory mid-write.
        #expect(!refusal { _ = try DataStore(directory: directory).leaderboard(Period(.all, containing: day("2026-11-30"))) }.isEmpty)
    }

    @Test(arguments: ["symbolic", "hard"])
    func aLockThatIsALinkIsRefusedAndTheFileElsewhereKeepsItsContentsAndMode(plant: String) throws {
        let (directory, bystander) = try organisation()
        let lock = directory.appendingPathComponent(".lock")
        try FileManager.default.removeItem(at: lock)
        if plant == "symbolic" {
            try FileManager.default.createSymbolicLink(at: lock, withDestinationURL: bystander)
        } else {
            #expect(link(bystander.path, lock.path) == 0)
        }
        let message = refusal { try log(directory) }
        #expect(message.contains(plant == "symbolic" ? ".lock is a symbolic link" : ".lock has another name as well (a hard link"), "\(message)")
        #expect(try untouched(bystander))
    }

    @Test func aFolderThatIsALinkIsNotWrittenThrough() throws {
        let (directory, _) = try organisation()
        let outside = directory.deletingLastPathComponent().appendingPathComponent("elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("recognitions"), withDestinationURL: outside)
        let message = refusal { try DataStore(directory: directory).add(recognition("r-202611-a", "e-anna", "2026-11-04")) }
        #expect(message.contains("is a symbolic link"), "\(message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func aReadOnlyDirectoryIsRespected() throws {
        let (directory, _) = try organisation()
        chmod(directory.path, 0o500)
        defer { chmod(directory.path, 0o700) }
        let message = refusal { try log(directory) }
        #expect(message.contains("read-only (mode 500)"), "\(message)")
        #expect(try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int == 0o500)
        // Reading still works.
        #expect(try DataStore(directory: directory).contributions().map(\.id) == ["c-202611-first"])
    }

    @Test(arguments: ["symbolic", "hard"])
    func aDataFileThatIsALinkToAFileOutsideIsNeitherReadNorChmodded(plant: String) throws {
        let (directory, _) = try organisation()
        let inside = directory.appendingPathComponent("contributions/2026-11.json")
        let target = directory.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).json")
        try FileManager.default.copyItem(at: inside, to: target)
        chmod(target.path, 0o644)
        let before = try Data(contentsOf: target)
        try FileManager.default.removeItem(at: inside)
        if plant == "symbolic" {
            try FileManager.default.createSymbolicLink(at: inside, withDestinationURL: target)
        } else {
            #expect(link(target.path, inside.path) == 0)
        }
        #expect(refusal { try log(directory) }.contains("contributions/2026-11.json"))
        #expect(!refusal { _ = try DataStore(directory: directory).contributionTotals(in: nil, filter: LeaderboardFilter()) }.isEmpty)
        #expect(try Data(contentsOf: target) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o644)
    }

    /// A FIFO would hang a reader that opened it for ever: each is refused at once (the work runs
    /// on a thread of its own, waited for with a deadline).
    @Test(arguments: ["contributions/2026-11.json", ".verified", "employees.json"])
    func aFIFOInPlaceOfAFileIsRefusedAtOnce(file: String) throws {
        let (directory, _) = try organisation()
        let path = file == ".verified" ? try #require(DataStore(directory: directory).derived.file(VerifiedFiles.fileName))
                                       : directory.appendingPathComponent(file).path
        unlink(path)
        #expect(mkfifo(path, 0o600) == 0)
        let works: [(String, @Sendable () -> String)] = [
            ("check", { DataStore(directory: directory, recoversInterruptedWrites: false).check().problems.map(\.english).joined(separator: "\n") }),
            ("log", { [self] in refusal { try log(directory) } }),
            ("board", { [self] in refusal { _ = try DataStore(directory: directory).contributionTotals(in: nil, filter: LeaderboardFilter()) } }),
        ]
        for (name, work) in works {
            let done = DispatchSemaphore(value: 0)
            let answer = Answer()
            Thread.detachNewThread {
                answer.set(work())
                done.signal()
            }
            #expect(done.wait(timeout: .now() + 20) == .success, "\(name) hung on the FIFO \(file)")
            // (`.verified` is no data: only its hanging would matter.)
            if file != ".verified" {
                #expect(answer.value.contains("is a FIFO"), "\(name): \(answer.value)")
            }
        }
    }

    final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        var value: String { lock.withLock { text } }
        func set(_ value: String) { lock.withLock { text = value } }
    }
}
