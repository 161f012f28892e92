import Testing
import KartrekkerCore

@Suite struct RetentionPeriodTests {
    @Test func aPeriodIsYearsOrMonthsInEitherLanguage() {
        #expect(RetentionPeriod("5y")?.description == "5y")
        #expect(RetentionPeriod("18m")?.description == "18m")
        #expect(RetentionPeriod(" 7 jaar ")?.description == "7y")
        #expect(RetentionPeriod("24 maanden")?.words == "24 months")
        #expect(RetentionPeriod("1y")?.words == "1 year")
        for bad in ["", "5", "y", "0y", "-1y", "5w", "101y", "1201m", "5 yrs", "5y5m"] {
            #expect(RetentionPeriod(bad) == nil, "\(bad)")
        }
    }

    @Test func theCutoffIsTheSameDayYearsOrMonthsBefore() throws {
        let today = try #require(CalendarDate("2026-12-06"))
        #expect(RetentionPeriod("5y")?.cutoff(today: today) == CalendarDate("2021-12-06"))
        #expect(RetentionPeriod("18m")?.cutoff(today: today) == CalendarDate("2025-06-06"))
        // The last of a shorter month.
        #expect(RetentionPeriod("1y")?.cutoff(today: try #require(CalendarDate("2028-02-29"))) == CalendarDate("2027-02-28"))
        #expect(RetentionPeriod("1m")?.cutoff(today: try #require(CalendarDate("2026-03-31"))) == CalendarDate("2026-02-28"))
    }

    @Test func aBoardReachingBeforePurgedRecordsSaysSo() throws {
        let settings = OrganisationSettings(purgedBefore: CalendarDate("2022-01-01"))
        #expect(settings.purgeNotice(for: nil) == "records before 2022-01-01 were purged")
        #expect(settings.purgeNotice(for: DateRange(from: try #require(CalendarDate("2021-12-01")), to: try #require(CalendarDate("2021-12-31")))) != nil)
        #expect(settings.purgeNotice(for: DateRange(from: try #require(CalendarDate("2022-01-01")), to: try #require(CalendarDate("2022-01-31")))) == nil)
        #expect(OrganisationSettings().purgeNotice(for: nil) == nil)
    }
}
