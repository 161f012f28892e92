import Testing
@testable import KartrekkerCore

@Suite struct LeaderboardTests {
    let november = Period(.month, containing: day("2026-11-15"))

    @Test func pointsComeFromTheCategoryAndTheIdeaStatus() {
        #expect(contribution("a", "2026-11-01", .smile).points == 5)
        #expect(contribution("a", "2026-11-01", .beyond).points == 4)
        #expect(contribution("a", "2026-11-01", .attention).points == 3)
        #expect(contribution("a", "2026-11-01", .ambassador).points == 2)
        #expect(contribution("a", "2026-11-01", .goal).points == 2)
        #expect(contribution("a", "2026-11-01", .idea).points == 3)
        #expect(contribution("a", "2026-11-01", .idea).ideaStatus == .proposed)
        #expect(contribution("a", "2026-11-01", .idea, status: .adopted).points == 6)
        #expect(contribution("a", "2026-11-01", .idea, status: .implemented).points == 6)
        #expect(contribution("a", "2026-11-01", .idea, status: .declined).points == 3)
        #expect(contribution("a", "2026-11-01", .smile, status: .adopted).ideaStatus == nil)
    }

    @Test func zeroScoresAndArchivedEmployeesAreLeftOut() {
        let employees = [person("a", "Anna"), person("b", "Bert"), person("c", "Cor", archived: true)]
        let board = Leaderboard(period: november, employees: employees,
                                contributions: [contribution("a", "2026-11-02"), contribution("c", "2026-11-02", .smile),
                                                contribution("b", "2026-10-31", .smile)],
                                recognitions: [])
        #expect(board.rows.map(\.employee.id) == ["a"])
    }

    @Test func peopleWhoAskedToBeLeftOffAreCountedNeverNamedAndNeverRanked() {
        var hidden = person("b", "Bert")
        hidden.onBoard = false
        var quiet = person("d", "Dirk")
        quiet.onBoard = false
        let employees = [person("a", "Anna"), hidden, person("c", "Cor"), quiet]
        let board = Leaderboard(period: november, employees: employees,
                                contributions: [contribution("a", "2026-11-02"), contribution("b", "2026-11-02", .smile),
                                                contribution("c", "2026-11-03"), contribution("d", "2026-10-03")],
                                recognitions: [])
        // Bert (the most points) is left off; Anna and Cor share first place; Dirk had no
        // points this month, so there was nobody to hide.
        #expect(board.rows.map(\.employee.id) == ["a", "c"] && board.rows.map(\.rank) == [1, 1])
        #expect(board.notShown == 1)
    }

    @Test func tiesShareARankAtSeveralPlaces() {
        let scores = [("a", 10), ("b", 8), ("c", 8), ("d", 6), ("e", 6), ("f", 6), ("g", 2)]
        let employees = scores.map { person($0.0, "Person \($0.0)") }
        let records = scores.flatMap { contributions($0.0, "2026-11-10", .goal, count: $0.1 / 2) }
        let board = Leaderboard(period: november, employees: employees, contributions: records, recognitions: [])
        #expect(board.rows.map(\.rank) == [1, 2, 2, 4, 4, 4, 7])
        #expect(board.rows.map(\.score) == [10, 8, 8, 6, 6, 6, 2])
        #expect(board.rows.map(\.contributions) == [5, 4, 4, 3, 3, 3, 1])
    }

    @Test func tiesAreOrderedByFoldedNameThenID() {
        let employees = [person("z1", "Dijk"), person("y1", "Çelik"), person("x1", "bakker"), person("w1", "Ömer"),
                         person("v2", "Celik"), person("v1", "Celik")]
        let records = employees.map { contribution($0.id, "2026-11-03") }
        let board = Leaderboard(period: november, employees: employees, contributions: records, recognitions: [])
        #expect(board.rows.map(\.employee.id) == ["x1", "v1", "v2", "y1", "z1", "w1"])
        #expect(Set(board.rows.map(\.rank)) == [1])
    }

    @Test func topKeepsEveryoneInATie() {
        let employees = ["a", "b", "c", "d"].map { person($0, $0) }
        let records = contributions("a", "2026-11-01", .smile, count: 2) + contributions("b", "2026-11-01", .smile, count: 1)
            + contributions("c", "2026-11-01", .smile, count: 1) + contributions("d", "2026-11-01", .goal, count: 1)
        let board = Leaderboard(period: november, top: 2, employees: employees, contributions: records, recognitions: [])
        #expect(board.rows.map(\.employee.id) == ["a", "b", "c"])
        let first = Leaderboard(period: november, top: 1, employees: employees, contributions: records, recognitions: [])
        #expect(first.rows.map(\.employee.id) == ["a"])
    }

    @Test func teamFilterIsCaseAndAccentInsensitive() {
        let employees = [person("a", "Anna", team: "Klantcontact"), person("b", "Bert", team: "Wijkbeheer"),
                         person("c", "Cor", team: "Ondèrhoud")]
        let records = ["a", "b", "c"].map { contribution($0, "2026-11-05") }
        let board = Leaderboard(period: november, filter: LeaderboardFilter(team: "KLANTCONTACT"), employees: employees,
                                contributions: records, recognitions: [])
        #expect(board.rows.map(\.employee.id) == ["a"])
        let accent = Leaderboard(period: november, filter: LeaderboardFilter(team: "onderhoud"), employees: employees,
                                 contributions: records, recognitions: [])
        #expect(accent.rows.map(\.employee.id) == ["c"])
    }

    @Test func valueAndCategoryFiltersCountOnlyMatchingContributions() {
        let employees = [person("a", "Anna"), person("b", "Bert")]
        let records = [contribution("a", "2026-11-05", .smile, values: ["betrokken"]),
                       contribution("a", "2026-11-06", .beyond),
                       contribution("b", "2026-11-05", .beyond, values: ["betrokken", "oplossingsgericht"])]
        let byValue = Leaderboard(period: november, filter: LeaderboardFilter(value: "Betrokken"), employees: employees,
                                  contributions: records, recognitions: [])
        #expect(byValue.rows.map(\.score) == [5, 4])
        #expect(byValue.rows.map(\.contributions) == [1, 1])
        let byCategory = Leaderboard(period: november, filter: LeaderboardFilter(category: .beyond), employees: employees,
                                     contributions: records, recognitions: [])
        #expect(byCategory.rows.map(\.score) == [4, 4])
        #expect(byCategory.rows.map(\.employee.id) == ["a", "b"])
        let both = Leaderboard(period: november, filter: LeaderboardFilter(value: "oplossingsgericht", category: .beyond),
                               employees: employees, contributions: records, recognitions: [])
        #expect(both.rows.map(\.employee.id) == ["b"])
    }

    @Test func previousRankAndScoreUseTheSameFilters() {
        let employees = [person("a", "Anna"), person("b", "Bert"), person("c", "Cor")]
        let records = [contribution("a", "2026-10-10", .smile), contribution("b", "2026-10-10", .goal),
                       contribution("a", "2026-11-10", .goal), contribution("b", "2026-11-10", .smile),
                       contribution("c", "2026-11-11", .goal), contribution("c", "2026-10-11", .idea)]
        let board = Leaderboard(period: november, employees: employees, contributions: records, recognitions: [])
        let rows = Dictionary(uniqueKeysWithValues: board.rows.map { ($0.employee.id, $0) })
        #expect(rows["b"]?.rank == 1 && rows["b"]?.previousRank == 3 && rows["b"]?.previousScore == 2)
        #expect(rows["a"]?.previousRank == 1 && rows["a"]?.previousScore == 5)
        #expect(rows["b"]?.movement == .up(2))
        #expect(rows["a"]?.movement == .down(1))
        let goals = Leaderboard(period: november, filter: LeaderboardFilter(category: .goal), employees: employees,
                                contributions: records, recognitions: [])
        let goalRows = Dictionary(uniqueKeysWithValues: goals.rows.map { ($0.employee.id, $0) })
        #expect(goalRows["a"]?.previousRank == nil && goalRows["a"]?.previousScore == nil)
        #expect(goalRows["a"]?.movement == .new)
        #expect(goalRows["c"]?.previousRank == nil)
        let all = Leaderboard(period: .allTime, employees: employees, contributions: records, recognitions: [])
        #expect(all.rows.allSatisfy { $0.previousRank == nil && $0.previousScore == nil })
        #expect(all.rows.first?.score == 7)
    }

    @Test func recognitionsAreCountedButNeverScored() {
        let employees = [person("a", "Anna")]
        let board = Leaderboard(period: november, employees: employees,
                                contributions: [contribution("a", "2026-11-02")],
                                recognitions: [recognition("a", "2026-11-03", kind: .award), recognition("a", "2026-11-04"),
                                               recognition("a", "2026-10-04")])
        #expect(board.rows.first?.score == 2)
        #expect(board.rows.first?.recognitions == 2)
    }

    @Test func weekBoardsCrossTheYear() {
        let employees = [person("a", "Anna")]
        let records = [contribution("a", "2026-12-28"), contribution("a", "2027-01-03", .smile),
                       contribution("a", "2027-01-04", .smile), contribution("a", "2026-12-27", .beyond)]
        let board = Leaderboard(period: Period(.week, containing: day("2027-01-01")), employees: employees,
                                contributions: records, recognitions: [])
        #expect(board.rows.first?.score == 7)
        #expect(board.rows.first?.previousScore == 4)
    }
}
