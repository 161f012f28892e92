import Testing
@testable import KartrekkerCore

@Suite struct NudgesTests {
    let at = day("2026-11-29")

    @Test func theScoreWindowIsTheNinetyDaysEndingAtTheDate() {
        #expect(Nudges.scoreWindow(at: at) == DateRange(from: day("2026-09-01"), to: at))
        let employees = [person("a", "Anna"), person("b", "Bert"), person("c", "Cor")]
        let nudges = Nudges(at: at, employees: employees,
                            contributions: [contribution("a", "2026-09-01"), // day 89 back: counts
                                            contribution("b", "2026-08-31"), // day 90 back: outside
                                            contribution("c", "2026-11-30")], // after the date: outside
                            recognitions: [])
        #expect(nudges.rows.map(\.employee.id) == ["a"])
        #expect(nudges.rows.first?.score == 2)
    }

    @Test func aRecognitionWithinThirtyDaysSilencesTheNudge() {
        let employees = ["a", "b", "c", "d"].map { person($0, $0) }
        let records = employees.map { contribution($0.id, "2026-11-20") }
        let nudges = Nudges(at: at, employees: employees, contributions: records, recognitions: [
            recognition("a", "2026-10-31"), // 29 days: recent (T−29)
            recognition("b", "2026-10-30"), // 30 days: more than 30 days old by the contract (before T−29)
            recognition("c", "2026-10-29"), // 31 days
            recognition("d", "2026-11-30"), // after the date: does not count
        ])
        #expect(nudges.rows.map(\.employee.id) == ["b", "c", "d"])
        #expect(nudges.rows.map(\.daysSinceRecognition) == [30, 31, nil])
        #expect(nudges.rows.map(\.lastRecognized) == [day("2026-10-30"), day("2026-10-29"), nil])
    }

    @Test func theLatestRecognitionCountsNotAnOlderOne() {
        let employees = [person("a", "Anna")]
        let nudges = Nudges(at: at, employees: employees, contributions: [contribution("a", "2026-11-01")],
                            recognitions: [recognition("a", "2026-11-20"), recognition("a", "2025-01-01")])
        #expect(nudges.rows.isEmpty)
    }

    @Test func orderedByScoreThenNameAndArchivedLeftOut() {
        let employees = [person("a", "Zoë"), person("b", "Émile"), person("c", "Aad"), person("d", "Dirk", archived: true)]
        let records = [contribution("a", "2026-11-01", .smile), contribution("b", "2026-11-01", .goal),
                       contribution("c", "2026-11-01", .goal), contribution("d", "2026-11-01", .smile)]
        let nudges = Nudges(at: at, employees: employees, contributions: records, recognitions: [])
        #expect(nudges.rows.map(\.employee.id) == ["a", "c", "b"])
    }
}
