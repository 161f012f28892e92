import Testing
@testable import KartrekkerCore

@Suite struct PeriodTests {
    @Test func week53Of2026HoldsNewYearsDay() {
        let week = Period(.week, containing: day("2027-01-01"))
        #expect(week.range == DateRange(from: day("2026-12-28"), to: day("2027-01-03")))
        #expect(week.title == "Week 53, 2026")
        #expect(week.next?.title == "Week 1, 2027")
        #expect(week.next?.range?.from == day("2027-01-04"))
        #expect(Period(.week, containing: day("2027-01-04")).previous == week)
    }

    @Test func weeksRunMondayToSunday() {
        let week = Period(.week, containing: day("2026-11-29"))
        #expect(week.range == DateRange(from: day("2026-11-23"), to: day("2026-11-29")))
        #expect(week.title == "Week 48, 2026")
        #expect(week.previous?.range == DateRange(from: day("2026-11-16"), to: day("2026-11-22")))
        #expect(Period(.week, containing: day("2026-11-23")) == week)
    }

    @Test func monthsKnowLeapYears() {
        let february = Period(.month, containing: day("2028-02-10"))
        #expect(february.range == DateRange(from: day("2028-02-01"), to: day("2028-02-29")))
        #expect(Period(.month, containing: day("2027-02-10")).range?.to == day("2027-02-28"))
        #expect(Period(.month, containing: day("2028-03-31")).previous == february)
        #expect(Period(.month, containing: day("2026-01-15")).previous?.title == "December 2025")
        #expect(Period(.month, containing: day("2026-11-29")).title == "November 2026")
    }

    @Test func quarters() {
        let q4 = Period(.quarter, containing: day("2026-11-29"))
        #expect(q4.range == DateRange(from: day("2026-10-01"), to: day("2026-12-31")))
        #expect(q4.title == "Q4 2026")
        #expect(q4.previous?.range == DateRange(from: day("2026-07-01"), to: day("2026-09-30")))
        let q1 = Period(.quarter, containing: day("2026-03-31"))
        #expect(q1.range == DateRange(from: day("2026-01-01"), to: day("2026-03-31")))
        #expect(q1.previous?.title == "Q4 2025")
        #expect(Period(.quarter, containing: day("2026-04-01")).title == "Q2 2026")
    }

    @Test func yearsAndAllTime() {
        let year = Period(.year, containing: day("2026-11-29"))
        #expect(year.range == DateRange(from: day("2026-01-01"), to: day("2026-12-31")))
        #expect(year.title == "2026")
        #expect(year.previous?.title == "2025")
        let all = Period(.all, containing: day("2026-11-29"))
        #expect(all.range == nil)
        #expect(all.previous == nil)
        #expect(all.title == "All time")
        #expect(all.contains(day("1990-01-01")))
    }

    @Test func customRangesLookBackTheSameNumberOfDays() {
        let custom = Period(custom: DateRange(from: day("2026-11-03"), to: day("2026-11-09"))!)
        #expect(custom.previous?.range == DateRange(from: day("2026-10-27"), to: day("2026-11-02")))
        #expect(custom.previous?.kind == .custom)
        let one = Period(custom: DateRange(from: day("2026-03-01"), to: day("2026-03-01"))!)
        #expect(one.previous?.range == DateRange(from: day("2026-02-28"), to: day("2026-02-28")))
        let leap = Period(custom: DateRange(from: day("2028-03-01"), to: day("2028-03-02"))!)
        #expect(leap.previous?.range == DateRange(from: day("2028-02-28"), to: day("2028-02-29")))
        #expect(custom.title == "2026-11-03 – 2026-11-09")
        #expect(DateRange(from: day("2026-11-10"), to: day("2026-11-09")) == nil)
    }

    @Test func steppingStopsAtTheEdgesOfTheTypedYearsWithoutTrapping() {
        let last = Period(.quarter, containing: day("2999-12-31"))
        #expect(last.title == "Q4 2999")
        #expect(last.stepped(by: 1) == nil)
        #expect(last.stepped(by: -1)?.title == "Q3 2999")
        #expect(Period(.month, containing: day("1900-01-15")).stepped(by: -1) == nil)
        #expect(Period(.year, containing: day("2026-05-01")).stepped(by: -3)?.title == "2023")
        #expect(Period(.week, containing: day("1900-01-01")).stepped(by: -1) == nil)
        #expect(Period.allTime.stepped(by: 1) == nil)
        // At the very end of the calendar the neighbours are simply absent.
        #expect(Period(.quarter, containing: day("9999-12-31")).next == nil)
        #expect(Period(.week, containing: day("0001-01-01")).previous == nil)
        #expect(Period(.month, containing: day("9999-12-01")).previous?.title == "November 9999")
    }

    @Test func typedDatesAndRanges() throws {
        let today = day("2026-11-30")
        #expect(try DateInput.date("today", field: "--date", today: today) == today)
        #expect(try DateInput.date(" Yesterday ", field: "--date", today: today) == day("2026-11-29"))
        #expect(try DateInput.date("2026-02-28", field: "--date", today: today) == day("2026-02-28"))
        #expect(throws: KartrekkerError("--date \"2026-02-30\" is not a date; use YYYY-MM-DD, DD-MM-YYYY, today or yesterday")) {
            try DateInput.date("2026-02-30", field: "--date", today: today)
        }
        #expect(throws: KartrekkerError("date 3000-01-01 is out of range; use a date in the years 1900–2999")) {
            try DateInput.date("3000-01-01", field: "date", today: today)
        }
        #expect(try DateInput.range(from: nil, to: nil, today: today) == nil)
        #expect(try DateInput.range(from: "2026-11-01", to: nil, today: today)?.to == day("9999-12-31"))
        #expect(throws: KartrekkerError("--from 2026-11-02 is after --to 2026-11-01")) {
            try DateInput.range(from: "2026-11-02", to: "2026-11-01", today: today)
        }
    }

    @Test func datesAsADutchTeamLeadWritesThem() throws {
        let today = day("2026-12-05")
        #expect(try DateInput.date("vandaag", field: "--date", today: today) == today)
        #expect(try DateInput.date("Gisteren", field: "--date", today: today) == day("2026-12-04"))
        #expect(try DateInput.date("01-03-2021", field: "--start", today: today) == day("2021-03-01"))
        #expect(try DateInput.date("1-3-2021", field: "--start", today: today) == day("2021-03-01"))
        #expect(try DateInput.date("05/12/2026", field: "--at", today: today) == day("2026-12-05"))
        #expect(try DateInput.date(" 5.12.2026 ", field: "--at", today: today) == day("2026-12-05"))
        // Never month first, never a two-digit year, never a day that does not exist.
        for text in ["12-31-2026", "31-12-26", "31-02-2026", "1-3-21", "2026-3-1", "001-3-2021", "1-3-2021-1", "١-٣-٢٠٢١"] {
            #expect(throws: KartrekkerError.self, "\(text)") { try DateInput.date(text, field: "--date", today: today) }
        }
        do {
            _ = try DateInput.date("12-31-2026", field: "begindatum", nlField: "datum in dienst", today: today)
            Issue.record("a month-first date was accepted")
        } catch let error as KartrekkerError {
            #expect(error.message(in: .dutch) == "datum in dienst \"12-31-2026\" is geen datum; gebruik JJJJ-MM-DD, DD-MM-JJJJ, vandaag of gisteren")
        }
    }

    @Test func aRunningPeriodIsComparedWithTheSameDaysOfTheOneBefore() throws {
        func comparison(_ kind: PeriodKind, _ today: String) throws -> PeriodComparison {
            try #require(PeriodComparison(Period(kind, containing: day(today)), today: day(today)))
        }
        let december = try comparison(.month, "2026-12-05")
        #expect(december.isPartial && december.current == DateRange(from: day("2026-12-01"), to: day("2026-12-05")))
        #expect(december.previous == DateRange(from: day("2026-11-01"), to: day("2026-11-05")))
        // A longer month is cut at the end of the shorter one before it.
        #expect(try comparison(.month, "2027-03-31").previous == DateRange(from: day("2027-02-01"), to: day("2027-02-28")))
        #expect(try comparison(.month, "2027-03-30").previous == DateRange(from: day("2027-02-01"), to: day("2027-02-28")))
        // On its last day the period is whole, and so is the one it is set against.
        let november = try comparison(.month, "2026-11-30")
        #expect(!november.isPartial && november.previous == DateRange(from: day("2026-10-01"), to: day("2026-10-31")))
        #expect(try comparison(.week, "2026-12-09").previous == DateRange(from: day("2026-11-30"), to: day("2026-12-02")))
        #expect(try comparison(.quarter, "2026-11-15").previous == DateRange(from: day("2026-07-01"), to: day("2026-08-15")))
        // A period seen from after it is whole.
        let past = try #require(PeriodComparison(Period(.month, containing: day("2026-10-10")), today: day("2026-12-05")))
        #expect(!past.isPartial && past.current == DateRange(from: day("2026-10-01"), to: day("2026-10-31")))
        #expect(PeriodComparison(.allTime, today: day("2026-12-05")) == nil)
    }
}
