import Testing
@testable import KartrekkerCore

@Suite struct MilestoneTests {
    func starter(_ id: String, _ start: String, archived: Bool = false) -> Employee {
        Employee(id: id, name: id.uppercased(), team: "Verhuur", startDate: day(start), archived: archived)
    }

    @Test func theJubileaAreOneFiveTenTwelveAndAHalfTwentyFiveAndFortyYears() {
        let start = day("2000-03-15")
        #expect(Milestone.jubilea.map { Milestone.anniversary(of: start, months: $0) }.map(\.description)
                == ["2001-03-15", "2005-03-15", "2010-03-15", "2012-09-15", "2025-03-15", "2040-03-15"])
        // A day the month lacks falls on its last day.
        #expect(Milestone.anniversary(of: day("2014-08-31"), months: 150) == day("2027-02-28"))
        #expect(Milestone.anniversary(of: day("2020-02-29"), months: 12) == day("2021-02-28"))
        #expect(Milestone.anniversary(of: day("2020-02-29"), months: 60) == day("2025-02-28"))
    }

    @Test func theComingTwoWeeksTodayIncludedSoonestFirstAndNeverTheArchived() {
        let today = day("2026-12-05")
        let people = [starter("a", "2021-12-19"), // 5 years on the 14th day ahead: in
                      starter("b", "2025-12-20"), // 1 year on the 15th day ahead: out
                      starter("c", "2014-06-05"), // 12½ years today: in
                      starter("d", "2016-12-06", archived: true), // 10 years, archived: out
                      starter("e", "2026-01-05"), // no jubileum at 11 months
                      Employee(id: "f", name: "F", team: "Verhuur")] // no start date
        let coming = Milestone.coming(of: people, at: today)
        #expect(coming.map(\.employee.id) == ["c", "a"])
        #expect(coming.map(\.months) == [150, 60] && coming[0].years == 12 && coming[0].isHalfYear)
        #expect(coming.map(\.date) == [today, day("2026-12-19")])
        let year = DateRange(from: day("2026-01-01"), to: day("2026-12-31"))!
        #expect(Milestone.milestones(of: people, in: year).map(\.employee.id) == ["c", "a", "b"])
    }
}
