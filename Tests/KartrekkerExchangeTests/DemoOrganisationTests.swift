import Foundation
import KartrekkerCore
import Testing
@testable import KartrekkerExchange

@Suite struct DemoOrganisationTests {
    let today = CalendarDate("2026-11-29")!

    @Test func theSameSeedGivesTheSameOrganisationAndAnotherSeedAnother() {
        let first = DemoOrganisation(employees: 30, years: 1, seed: 7, today: today)
        let second = DemoOrganisation(employees: 30, years: 1, seed: 7, today: today)
        #expect(first.employees == second.employees)
        #expect(first.contributions == second.contributions)
        #expect(first.recognitions == second.recognitions)
        let other = DemoOrganisation(employees: 30, years: 1, seed: 8, today: today)
        #expect(other.employees.map(\.name) != first.employees.map(\.name))
        // Another seed draws other ids and other people: not one record is shared.
        #expect(Set(other.contributions.map(\.id)).isDisjoint(with: first.contributions.map(\.id)))
        #expect(Set(other.employees.map(\.id)).isDisjoint(with: first.employees.map(\.id)))
        let later = DemoOrganisation(employees: 30, years: 1, seed: 7, today: today.adding(days: 1))
        #expect(later.contributions.map(\.date).max()! <= today.adding(days: 1))
    }

    @Test func theOrganisationLooksReal() {
        let demo = DemoOrganisation(employees: 60, years: 2, seed: DemoOrganisation.defaultSeed, today: today)
        #expect(demo.employees.count == 60)
        #expect(Set(demo.employees.map(\.name.folded)).count == 60, "names must be unique")
        #expect(Set(demo.employees.map(\.team)).isSuperset(of: ["Klantcontact", "Wijkbeheer", "Verhuur", "Onderhoud", "Renovatie"]))
        #expect(demo.employees.allSatisfy { $0.role != nil })
        #expect(demo.employees.contains { $0.archived })
        #expect(demo.employees.contains { $0.name.unicodeScalars.contains { !$0.isASCII } }, "accented names")
        #expect(demo.employees.contains { $0.name.contains(" de ") || $0.name.contains(" van ") })
        #expect(Set(demo.contributions.map(\.category)) == Set(KartrekkerCore.Category.allCases))
        #expect(Set(demo.contributions.compactMap(\.ideaStatus)) == Set(IdeaStatus.allCases))
        #expect(Set(demo.recognitions.map(\.kind)) == Set(RecognitionKind.allCases))
        #expect(demo.contributions.contains { $0.project != nil } && demo.contributions.contains { !$0.values.isEmpty })
        #expect(demo.contributions.contains { $0.channel != nil })
        #expect(demo.recognitions.contains { $0.visibility == .private })
        #expect(demo.contributions.allSatisfy { $0.date <= today } && demo.recognitions.allSatisfy { $0.date <= today })
        #expect(demo.contributions.allSatisfy { !$0.note.isEmpty && !$0.note.contains("{") })
        // Every recognition is for its own employee's earlier contributions.
        let byID = Dictionary(uniqueKeysWithValues: demo.contributions.map { ($0.id, $0) })
        #expect(demo.recognitions.allSatisfy { recognition in
            !recognition.contributionIds.isEmpty && recognition.contributionIds.allSatisfy {
                byID[$0]?.employeeId == recognition.employeeId && byID[$0]!.date <= recognition.date
            }
        })
        // Archived people stop contributing when they leave; nobody contributes before joining.
        for employee in demo.employees {
            let own = demo.contributions.filter { $0.employeeId == employee.id }
            if let start = employee.startDate { #expect(own.allSatisfy { $0.date >= start }) }
        }
    }

    @Test func kartrekkersStandOutAndQuietPeopleExist() {
        let demo = DemoOrganisation(employees: 80, years: 1, seed: DemoOrganisation.defaultSeed, today: today)
        let board = Leaderboard(period: Period(.year, containing: today), employees: demo.employees,
                                contributions: demo.contributions, recognitions: demo.recognitions)
        let scores = board.rows.map(\.score)
        let median = scores[scores.count / 2]
        #expect(scores.first! >= median * 2, "the top should clearly pull the cart: \(scores.prefix(5)) vs median \(median)")
        #expect(scores.last! * 4 <= median, "quiet people score far below the median")
    }

    @Test func theSummerAndChristmasAreQuieter() {
        let demo = DemoOrganisation(employees: 200, years: 2, seed: 3, today: today)
        func perDay(_ month: Int) -> Double {
            Double(demo.contributions.filter { $0.date.month == month }.count) / Double(CalendarDate.daysIn(month: month, year: 2025))
        }
        #expect(perDay(7) < perDay(10) * 0.7)
        let christmas = demo.contributions.filter { $0.date.month == 12 && $0.date.day >= 22 }.count
        let early = demo.contributions.filter { $0.date.month == 12 && (8...17).contains($0.date.day) }.count
        #expect(christmas * 2 < early)
    }
}
