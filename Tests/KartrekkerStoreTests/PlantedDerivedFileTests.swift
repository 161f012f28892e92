import Foundation
import Testing
import KartrekkerCore
@testable import KartrekkerStore

/// A colleague with write access to the shared folder plants what the store derives from the
/// data (summaries, the list of files found sound) or edits a data file so that its signature
/// looks unchanged. Nothing of it may change an answer or let a write go on over damage.
@Suite struct PlantedDerivedFileTests {
    static let recordedAt = Date(timeIntervalSince1970: 1_796_029_200)

    /// Anna with one goal (3 points) in November 2026; the boards built once, so that every
    /// derived file exists.
    func organisation() throws -> (DataStore, URL) {
        let directory = temporaryDirectory()
        let store = DataStore(directory: directory)
        try store.add([Employee(id: "e-anna", name: "Anna", team: "Verhuur"), Employee(id: "e-jan", name: "Jan", team: "Onderhoud")])
        try store.add([contribution("c-202611-a", "e-anna", "2026-11-02", .goal)])
        _ = try store.contributionTotals(in: nil, filter: LeaderboardFilter())
        return (store, directory)
    }

    /// A summary of the month that gives Jan 999 points, made for the month file's signature as
    /// anyone who can read the folder can see it.
    func forgedSummary(_ directory: URL) throws -> Data {
        let signature = try #require(FileSignature(path: directory.appendingPathComponent("contributions/2026-11.json").path))
        var records: [Contribution] = []
        for index in 0..<333 {
            records.append(Contribution(id: "c-202611-f\(index)", employeeId: "e-jan", date: day("2026-11-03"), category: .goal,
                                        note: "x", recordedBy: "x", recordedAt: PlantedDerivedFileTests.recordedAt))
        }
        return MonthSummary(contributions: records).encodedTotals(token: VerifiedFiles.token(signature))
    }

    func janScore(_ directory: URL) throws -> Int {
        try DataStore(directory: directory).contributionTotals(in: nil, filter: LeaderboardFilter())["e-jan"]?.score ?? 0
    }

    @Test func aSummaryPlantedInTheFolderIsNeverBelieved() throws {
        let (_, directory) = try organisation()
        let forged = try forgedSummary(directory)
        let planted = directory.appendingPathComponent(".summaries")
        try FileManager.default.createDirectory(at: planted, withIntermediateDirectories: true)
        try forged.write(to: planted.appendingPathComponent("contributions-2026-11.bin"))
        #expect(try janScore(directory) == 0)
    }

    @Test func derivedFilesInAFolderOthersMayWriteAreNotBelieved() throws {
        let (store, directory) = try organisation()
        let folder = try #require(store.derived.path)
        try forgedSummary(directory).write(to: URL(fileURLWithPath: folder + "/contributions-2026-11.bin"))
        // As another account could have written it: the folder open to others.
        chmod(folder, 0o777)
        defer { chmod(folder, 0o700) }
        #expect(DataStore(directory: directory).derived.path == nil)
        #expect(try janScore(directory) == 0)
    }

    @Test func checkRebuildsEveryDerivedFileAndNamesThoseThatDisagree() throws {
        let (store, directory) = try organisation()
        let folder = try #require(store.derived.path)
        let summary = folder + "/contributions-2026-11.bin"
        try forgedSummary(directory).write(to: URL(fileURLWithPath: summary))
        let report = DataStore(directory: directory, recoversInterruptedWrites: false).check()
        #expect(report.problems.map(\.english) == ["\(summary):1:1: a derived file says other than contributions/2026-11.json (written by another program, or damaged); it was built anew"],
                "\(report.problems)")
        #expect(try janScore(directory) == 0)
        #expect(DataStore(directory: directory, recoversInterruptedWrites: false).check().isSound)
    }

    @Test func totalsAddedUpUnderOtherScoringRulesAreRebuilt() throws {
        let (store, directory) = try organisation()
        let folder = try #require(store.derived.path)
        let signature = try #require(FileSignature(path: directory.appendingPathComponent("contributions/2026-11.json").path))
        // The user's own summary, for the very file version, as a release where a goal earned
        // 9 points (or the categories came in another order) would have left it.
        let records = try DataStore(directory: directory).contributions()
        var old = MonthSummary(contributions: records)
        old.contributions["e-anna"]?.total = ScoreTotal(score: 9, count: 1)
        let otherRules = ScoringRules.description.replacingOccurrences(of: "goal=2", with: "goal=9")
        try old.encodedTotals(token: VerifiedFiles.token(signature), magic: MonthSummary.magic(rules: otherRules))
            .write(to: URL(fileURLWithPath: folder + "/contributions-2026-11.bin"))
        #expect(try DataStore(directory: directory).contributionTotals(in: nil, filter: LeaderboardFilter())["e-anna"]?.score == 2)
        // The same file under today's rules is believed as it says (so the test above tells).
        try old.encodedTotals(token: VerifiedFiles.token(signature)).write(to: URL(fileURLWithPath: folder + "/contributions-2026-11.bin"))
        #expect(try DataStore(directory: directory).contributionTotals(in: nil, filter: LeaderboardFilter())["e-anna"]?.score == 9)
        #expect(ScoringRules.description.contains("goal=2") && MonthSummary.magic != MonthSummary.magic(rules: otherRules))
    }

    @Test func theEmployeesBinaryCopyIsTheJSONsAndCheckNamesOneThatIsNot() throws {
        let (store, directory) = try organisation()
        let folder = try #require(store.derived.path)
        let index = folder + "/" + EmployeeIndex.fileName
        // Made on the first read, read from then on, and the same employees as the JSON.
        #expect(FileManager.default.fileExists(atPath: index))
        #expect(try DataStore(directory: directory).employees() == store.employees())
        // A copy for the very file version that says otherwise (Jan archived, Anna renamed).
        let signature = try #require(FileSignature(path: directory.appendingPathComponent("employees.json").path))
        var forged = EmployeesFile(employees: [Employee(id: "e-anna", name: "Anna X", team: "Verhuur"),
                                               Employee(id: "e-jan", name: "Jan", team: "Onderhoud", archived: true)])
        forged.schemaVersion = SchemaVersion.current
        try EmployeeIndex.encoded(forged, token: VerifiedFiles.token(signature)).write(to: URL(fileURLWithPath: index))
        let report = DataStore(directory: directory, recoversInterruptedWrites: false).check()
        #expect(report.problems.map(\.english) == ["\(index):1:1: a derived file says other than employees.json (written by another program, or damaged); it was built anew"],
                "\(report.problems)")
        #expect(try DataStore(directory: directory).employees().map(\.name) == ["Anna", "Jan"])
        // Another version of the file: the copy is stale and not read.
        try EmployeeIndex.encoded(forged, token: "0:0:0.0:0.0").write(to: URL(fileURLWithPath: index))
        #expect(try DataStore(directory: directory).employees().map(\.name) == ["Anna", "Jan"])
    }

    @Test func aFileVouchedForInTheFolderIsStillChecked() throws {
        let (_, directory) = try organisation()
        let file = directory.appendingPathComponent("contributions/2026-11.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        // Damage, and a `.verified` beside it that vouches for the damaged version.
        try text.replacingOccurrences(of: "\"goal\"", with: "\"gaol\"").write(to: file, atomically: false, encoding: .utf8)
        let signature = try #require(FileSignature(path: file.path))
        let vouching = #"{"files":{"contributions/2026-11.json":"\#(VerifiedFiles.token(signature))"},"schemaVersion":1}"#
        try vouching.write(to: directory.appendingPathComponent(".verified"), atomically: true, encoding: .utf8)
        let store = DataStore(directory: directory)
        #expect(throws: KartrekkerError.self) { try store.add([contribution("c-202611-b", "e-anna", "2026-11-04")]) }
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"gaol\""))
    }

    @Test func anEditInPlaceWithItsTimeSetBackIsNoticed() throws {
        let (store, directory) = try organisation()
        let file = directory.appendingPathComponent("contributions/2026-11.json")
        var before = stat()
        #expect(stat(file.path, &before) == 0)
        // The same size, written in place, the modification time put back.
        let text = try String(contentsOf: file, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "\"goal\"", with: "\"gaol\"").utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        var after = stat()
        #expect(stat(file.path, &after) == 0 && after.st_size == before.st_size && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        // The same store (its memory) and a fresh one: neither computes from it nor writes into it.
        #expect(throws: KartrekkerError.self) { _ = try store.contributionTotals(in: nil, filter: LeaderboardFilter()) }
        #expect(throws: KartrekkerError.self) { try DataStore(directory: directory).add([contribution("c-202611-b", "e-anna", "2026-11-04")]) }
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"gaol\""))
    }

    @Test func derivedFilesAreTheUsersOwnAndGoWithTheirDirectory() throws {
        let base = temporaryDirectory().path
        let environment = ["KARTREKKER_CACHE_DIR": base]
        let first = temporaryDirectory()
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        let folder = try #require(DerivedFolder(dataDirectory: first.path, environment: environment).path)
        var info = stat()
        #expect(lstat(folder, &info) == 0 && info.st_mode & 0o777 == 0o700 && info.st_uid == geteuid())
        #expect(try String(contentsOfFile: folder + "/directory", encoding: .utf8) == first.path)
        // The same directory, the same folder; another directory, another.
        #expect(DerivedFolder(dataDirectory: first.path, environment: environment).path == folder)
        try FileManager.default.removeItem(at: first)
        let second = temporaryDirectory()
        let other = try #require(DerivedFolder(dataDirectory: second.path, environment: environment).path)
        #expect(other != folder)
        // The first directory is gone: what was derived from it went with it.
        #expect(!FileManager.default.fileExists(atPath: folder))
        // A folder that is a link, or not the user's alone, is not used.
        try FileManager.default.createSymbolicLink(atPath: base + "/" + DerivedFolder.name(of: "/elsewhere"), withDestinationPath: "/tmp")
        #expect(DerivedFolder(dataDirectory: "/elsewhere", environment: environment).path == nil)
        // A relative cache folder (and no home) means nothing is cached.
        #expect(DerivedFolder(dataDirectory: "/x", environment: ["KARTREKKER_CACHE_DIR": "relative/path"]).path == nil)
    }
}
