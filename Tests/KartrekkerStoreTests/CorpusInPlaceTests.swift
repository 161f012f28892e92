import Foundation
import KartrekkerCore
import KartrekkerPort
import Testing
@testable import KartrekkerStore

/// Every JSONTestSuite file put in place of a data file, as a colleague's editor or a broken
/// sync could leave one: each write is refused with the file, line and column named, nothing
/// is changed, and `check` names the same file. (In process, through the store: the command
/// line's own wording of errors is tested on a few damaged files in `PersistenceTests`.)
@Suite struct CorpusInPlaceTests {
    @Test(arguments: ["employees.json", "contributions/2026-11.json"])
    func everyJSONTestSuiteFileInPlaceOfADataFileIsAClearError(target: String) throws {
        let files = try jsonTestSuite().filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        let directory = temporaryDirectory()
        let setup = DataStore(directory: directory)
        try setup.add([Employee(id: "e-anna", name: "Anna", team: "A")])
        try setup.add(contribution("c-202611-first", "e-anna", "2026-11-29", .goal))
        let path = directory.appendingPathComponent(target)
        let original = try Data(contentsOf: path)
        let place = try Regex("^\(target.replacingOccurrences(of: ".", with: "\\.")):[0-9]+:[0-9]+: .+")
        var refused = 0
        for file in files {
            let bytes = try Data(contentsOf: file)
            try bytes.write(to: path)
            let store = DataStore(directory: directory)
            // An empty JSON array is a valid (version 0) kartrekker file: it loads and migrates.
            if bytes.filter({ ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == Data("[]".utf8) {
                if target == "employees.json" {
                    // No employees at all: Anna's contribution now belongs to nobody, which is damage.
                    #expect(throws: KartrekkerError.self, "\(file.lastPathComponent)") { try store.contributions() }
                } else {
                    #expect(try store.contributions().isEmpty, "\(file.lastPathComponent)")
                }
                continue
            }
            do {
                if target == "employees.json" {
                    try store.add([Employee(id: "e-bert", name: "Bert", team: "A")])
                } else {
                    try store.add(contribution("c-202611-second", "e-anna", "2026-11-29", .goal))
                }
                Issue.record("\(file.lastPathComponent): the write went through")
            } catch let error as KartrekkerError {
                #expect(error.message.firstMatch(of: place) != nil, "\(file.lastPathComponent): \(error.message)")
                refused += 1
            }
            #expect(try Data(contentsOf: path) == bytes, "\(file.lastPathComponent) was changed")
            let report = DataStore(directory: directory, recoversInterruptedWrites: false).check()
            #expect(report.problems.first?.english.hasPrefix(target + ":") == true, "\(file.lastPathComponent): \(report.problems)")
        }
        #expect(refused >= 300)
        try original.write(to: path)
        #expect(DataStore(directory: directory, recoversInterruptedWrites: false).check().isSound)
    }
}
