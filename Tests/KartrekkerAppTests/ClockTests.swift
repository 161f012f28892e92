import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore

/// Today in the process's own time zone, read through the C library, is the day Foundation's
/// calendar in the current time zone gives, around midnight and across the year.
@Suite struct ClockTests {
    @Test func theLocalDayIsTheDayFoundationGives() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let local = Clock()
        let start = Date(timeIntervalSince1970: 1_796_029_200)
        for hour in stride(from: 0, to: 24 * 400, by: 7) {
            let instant = start + Double(hour) * 3600 + 59
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let expected = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
            #expect(local.today(at: instant) == expected, "\(instant)")
        }
        #expect(Clock(fixedToday: CalendarDate("2026-12-05")).today(at: start) == CalendarDate("2026-12-05"))
    }
}
