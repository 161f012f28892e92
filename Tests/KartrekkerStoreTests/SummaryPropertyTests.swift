import Foundation
import KartrekkerPort
import Testing
import KartrekkerCore
@testable import KartrekkerStore

/// The summaries never change an answer: random data directories, changed the ways people
/// change them (log, idea status, delete, erase, a hand edit), give every board and nudge list
/// through the summaries exactly as computed from the records, and every employee's page too.
@Suite struct SummaryPropertyTests {
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let today = day("2026-11-18")
    static let values = ["betrokken", "samen", "oplossingsgericht"]

    func randomDirectory(seed: UInt64) throws -> (DataStore, [Employee], Random) {
        var random = Random(state: seed)
        let store = DataStore(directory: temporaryDirectory())
        let teams = ["Verhuur", "Onderhoud", "Wijkbeheer"]
        let employees = (0..<12).map { index in
            Employee(id: "e-\(index)", name: "Persoon \(index)", team: teams[index % 3], archived: index == 11)
        }
        try store.add(employees)
        var contributions: [Contribution] = []
        for index in 0..<260 {
            let date = SummaryPropertyTests.today.adding(days: -random.below(200))
            let category = KartrekkerCore.Category.allCases[random.below(6)]
            var values: [String] = []
            for value in SummaryPropertyTests.values where random.below(3) == 0 { values.append(value) }
            contributions.append(Contribution(
                id: "c-\(date.monthKey.filter { $0 != "-" })-\(index)", employeeId: "e-\(random.below(12))", date: date,
                category: category, note: "n\(index)", values: values,
                ideaStatus: category == .idea ? IdeaStatus.allCases[random.below(4)] : nil, recordedBy: "lead", recordedAt: recordedAt))
        }
        try store.add(contributions)
        var recognitions: [Recognition] = []
        for index in 0..<70 {
            let date = SummaryPropertyTests.today.adding(days: -random.below(200))
            recognitions.append(Recognition(id: "r-\(date.monthKey.filter { $0 != "-" })-\(index)", employeeId: "e-\(random.below(12))",
                                            date: date, kind: .thanks, message: "m", recordedBy: "lead", recordedAt: recordedAt))
        }
        try store.add(recognitions)
        return (store, employees, random)
    }

    /// Every board kind at a few dates, filtered every way, and nudges: through the summaries
    /// of a fresh store (reading what is on disk) against the rules over all records.
    func expectAgreement(_ directory: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = DataStore(directory: directory)
        let employees = try store.employees()
        let contributions = try store.contributions()
        let recognitions = try store.recognitions()
        #expect(try store.valueTags() == Array(Set(contributions.flatMap(\.values))).sorted(), sourceLocation: sourceLocation)
        let filters = [LeaderboardFilter(), LeaderboardFilter(team: "Onderhoud"), LeaderboardFilter(value: "samen"),
                       LeaderboardFilter(category: .idea), LeaderboardFilter(value: "betrokken", category: .smile)]
        for at in [SummaryPropertyTests.today, day("2026-09-30"), day("2026-07-01"), day("2026-08-15")] {
            for kind in PeriodKind.steppable {
                for filter in filters {
                    let period = Period(kind, containing: at)
                    let expected = Leaderboard(period: period, filter: filter, employees: employees,
                                               contributions: contributions, recognitions: recognitions)
                    #expect(try store.leaderboard(period, filter: filter) == expected,
                            "\(kind) at \(at), \(filter)", sourceLocation: sourceLocation)
                }
            }
            let custom = Period(custom: DateRange(from: day("2026-06-17"), to: at)!)
            #expect(try store.leaderboard(custom) == Leaderboard(period: custom, employees: employees, contributions: contributions,
                                                                   recognitions: recognitions), sourceLocation: sourceLocation)
            #expect(try store.nudges(at: at) == Nudges(at: at, employees: employees, contributions: contributions,
                                                       recognitions: recognitions), "nudges at \(at)", sourceLocation: sourceLocation)
            try expectPages(store, at: at, contributions: contributions, recognitions: recognitions, sourceLocation: sourceLocation)
        }
    }

    /// Each employee's page: totals over every period kind, and their newest records (through
    /// the record spans after the first pass).
    func expectPages(_ reader: DataStore, at: CalendarDate, contributions: [Contribution], recognitions: [Recognition],
                     sourceLocation: SourceLocation) throws {
        // A store that has decoded nothing yet, as `employee show` starts.
        let store = DataStore(directory: reader.directory)
        let periods = PeriodKind.steppable.map { Period($0, containing: at) }
        for employee in try store.employees() {
            let theirs = contributions.filter { $0.employeeId == employee.id }
            let thanked = recognitions.filter { $0.employeeId == employee.id }
            let expected = periods.map { period in
                var totals = PersonTotals()
                for record in theirs where period.contains(record.date) { totals.add(record) }
                totals.recognitions = thanked.filter { period.contains($0.date) }.count
                return totals
            }
            #expect(try store.personTotals(employee.id, periods: periods) == expected, "\(employee.id) at \(at)",
                    sourceLocation: sourceLocation)
            let since = at.adding(days: -40)
            let latest = try store.latestRecords(Contribution.self, of: employee.id, count: 3, since: since)
            #expect(latest.allSatisfy { $0.employeeId == employee.id } && Set(latest.map(\.id)).count == latest.count,
                    sourceLocation: sourceLocation)
            #expect(Array(Ordering.newestFirst(latest).prefix(3)) == Array(Ordering.newestFirst(theirs).prefix(3)),
                    "\(employee.id)'s newest", sourceLocation: sourceLocation)
            #expect(Set(theirs.filter { $0.date >= since }.map(\.id)).isSubset(of: Set(latest.map(\.id))),
                    sourceLocation: sourceLocation)
            let newestThanks = try store.latestRecords(Recognition.self, of: employee.id, count: 2)
            #expect(Array(Ordering.newestFirst(newestThanks).prefix(2)) == Array(Ordering.newestFirst(thanked).prefix(2)),
                    sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [UInt64(1), 7, 42])
    func boardsAndNudgesThroughSummariesEqualTheRecords(seed: UInt64) throws {
        var (store, employees, random) = try randomDirectory(seed: seed)
        try expectAgreement(store.directory)
        // The summaries are on disk now; read again through them.
        let made = try FileManager.default.contentsOfDirectory(atPath: try #require(store.derived.path))
        #expect(made.contains { $0.hasSuffix(".spans.bin") } && made.contains { $0.hasSuffix(".values.bin") })
        // Years were added up once into a span file each, and are read from it from now on.
        #expect(made.contains { $0.hasSuffix(".span.bin") })
        try expectAgreement(store.directory)

        // Log, change an idea's status, delete, erase.
        try store.add(Contribution(id: "c-202611-new", employeeId: "e-3", date: SummaryPropertyTests.today, category: .smile,
                                   note: "nieuw", values: ["samen"], recordedBy: "lead", recordedAt: recordedAt))
        try expectAgreement(store.directory)
        if let idea = try store.contributions().first(where: { $0.category == .idea }) {
            try store.replace(try Records.withStatus(idea, idea.ideaStatus == .adopted ? .declined : .adopted))
        }
        try expectAgreement(store.directory)
        let victim = try store.contributions()[random.below(100)]
        try store.deleteContribution(id: victim.id)
        try expectAgreement(store.directory)
        try store.erase(employees[random.below(10)].id)
        try expectAgreement(store.directory)

        // A hand edit (a category changed in place, the file's size the same or not).
        let month = store.months(of: Contribution.self).last!
        let file = store.directory.appendingPathComponent("contributions/\(month).json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"category\": \"goal\"", with: "\"category\": \"smile\"")
            .write(to: file, atomically: false, encoding: .utf8)
        try expectAgreement(store.directory)

        // Deleting the summaries changes nothing.
        store.derived.removeAll()
        try expectAgreement(store.directory)
    }

    /// A save adds its records to the month's summary it had: the boards and filters that
    /// follow read no month file again, and the summary is byte for byte the one the file builds.
    @Test func aSaveCarriesItsMonthsSummaryForward() throws {
        let (filled, _, _) = try randomDirectory(seed: 3)
        try expectAgreement(filled.directory)
        let store = DataStore(directory: filled.directory, keepsSummariesCurrent: true)
        let month = SummaryPropertyTests.today.monthKey
        let folder = try #require(store.derived.path)
        func signatureToken(_ kind: String) throws -> String {
            VerifiedFiles.token(try #require(FileSignature(path: store.directory.path + "/\(kind)/\(month).json")))
        }
        try store.add(Contribution(id: "c-202611-carried", employeeId: "e-4", date: SummaryPropertyTests.today, category: .idea,
                                   note: "nieuw", values: ["samen", "nieuw"], ideaStatus: .adopted, recordedBy: "lead", recordedAt: recordedAt))
        try store.add(recognition("r-202611-carried", "e-4", SummaryPropertyTests.today.description, for: ["c-202611-carried"]))
        let token = try signatureToken("contributions")
        let totals = try #require(FileManager.default.contents(atPath: folder + "/contributions-\(month).bin"))
        let values = try #require(FileManager.default.contents(atPath: folder + "/contributions-\(month).values.bin"))
        let built = MonthSummary(contributions: try DataStore(directory: store.directory).monthRecords(Contribution.self, month))
        #expect(totals == built.encodedTotals(token: token))
        #expect(values == built.encodedValues(token: token))
        let recognitions = try #require(FileManager.default.contents(atPath: folder + "/recognitions-\(month).bin"))
        let builtRecognitions = MonthSummary(recognitions: try DataStore(directory: store.directory).monthRecords(Recognition.self, month))
        #expect(recognitions == builtRecognitions.encodedTotals(token: try signatureToken("recognitions")))
        #expect(DataStore(directory: store.directory, recoversInterruptedWrites: false).check().isSound)
        try expectAgreement(store.directory)
    }

    @Test func aDamagedOrForeignSummaryIsRebuiltNotBelieved() throws {
        let (store, employees, _) = try randomDirectory(seed: 3)
        try expectAgreement(store.directory)
        let folder = URL(fileURLWithPath: try #require(store.derived.path))
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name)
            var bytes = [UInt8](try Data(contentsOf: path))
            // A number near the end of every summary changed: the checksum no longer holds.
            if bytes.count > 40 { bytes[bytes.count - 20] ^= 0x01 }
            try Data(bytes).write(to: path)
        }
        try expectAgreement(store.directory)
        // An erasure leaves no summary behind.
        try store.erase(employees[0].id)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in left {
            #expect(!String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self).contains("e-0\u{0}"))
        }
    }
}
