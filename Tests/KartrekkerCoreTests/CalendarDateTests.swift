import Foundation
import Testing
@testable import KartrekkerCore

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDaysInTheContractFormat() {
        #expect(CalendarDate("2026-11-29")?.description == "2026-11-29")
        #expect(CalendarDate("2028-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("2000-02-29") != nil)
        #expect(CalendarDate("2026-04-31") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("2026-00-10") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("26-11-29") == nil)
        #expect(CalendarDate("2026/11/29") == nil)
        #expect(CalendarDate("2026-11-29 ") == nil)
        #expect(CalendarDate("") == nil)
        #expect(CalendarDate("２０２６-11-29") == nil)
    }

    @Test func dayNumbersRoundTripAndCountFrom1970() {
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("1969-12-31").dayNumber == -1)
        #expect(day("2000-03-01").dayNumber - day("2000-02-28").dayNumber == 2)
        for number in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2028-02-29").adding(days: 1) == day("2028-03-01"))
        #expect(day("2027-02-28").adding(days: 1) == day("2027-03-01"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-01-01").adding(days: -1) == day("2025-12-31"))
        #expect(day("2026-11-29").days(to: day("2026-12-29")) == 30)
    }

    @Test func isoWeekdaysStartOnMonday() {
        #expect(day("2026-11-29").isoWeekday == 7)
        #expect(day("2026-11-30").isoWeekday == 1)
        #expect(day("1970-01-01").isoWeekday == 4)
        #expect(day("1969-12-29").isoWeekday == 1)
    }

    @Test(arguments: [
        ("2026-12-28", 2026, 53), ("2027-01-01", 2026, 53), ("2027-01-03", 2026, 53), ("2027-01-04", 2027, 1),
        ("2026-11-29", 2026, 48), ("2026-01-01", 2026, 1), ("2025-12-29", 2026, 1), ("2024-12-30", 2025, 1),
        ("2021-01-03", 2020, 53), ("2020-12-31", 2020, 53), ("2028-02-29", 2028, 9),
    ])
    func isoWeeks(date: String, year: Int, week: Int) {
        let result = day(date).isoWeek
        #expect(result.year == year && result.week == week)
    }

    @Test func mondayOfAnISOWeek() {
        #expect(CalendarDate.mondayOfISOWeek(53, of: 2026) == day("2026-12-28"))
        #expect(CalendarDate.mondayOfISOWeek(1, of: 2027) == day("2027-01-04"))
        #expect(CalendarDate.mondayOfISOWeek(53, of: 2027) == nil)
    }

    @Test func instantsRoundTripToTheMillisecond() {
        let instant = Instant(Date(timeIntervalSince1970: 1_796_000_123.4567))
        #expect(instant.description == "2026-11-30T00:55:23.457Z")
        #expect(Instant(instant.description) == instant)
        #expect(Instant("2026-11-29T20:15:03Z")?.description == "2026-11-29T20:15:03.000Z")
        #expect(Instant("2026-11-29 20:15:03Z") == nil)
        #expect(Instant("2026-11-29T25:15:03Z") == nil)
        #expect(Instant("2026-11-29T20:15:03") == nil)
    }
}
