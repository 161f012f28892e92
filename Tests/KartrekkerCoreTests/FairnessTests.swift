import Foundation
import Testing
@testable import KartrekkerCore

@Suite struct FairnessTests {
    func given(_ to: String, _ date: String, by giver: String, for ids: [String] = []) -> Recognition {
        let base = recognition(to, date)
        return Recognition(id: base.id, employeeId: to, date: base.date, kind: .thanks, message: "m", contributionIds: ids,
                           recordedBy: giver, recordedAt: base.recordedAt)
    }

    /// Five people in December: Anna recognized four times by two leads, Bram twice, Cor and Dirk
    /// once, Eva (who contributed) never; Fleur archived with a recognition that does not count.
    @Test func theFourFiguresAsCountedByHand() {
        let range = DateRange(from: day("2026-12-01"), to: day("2026-12-31"))!
        let people = [person("a", "Anna"), person("b", "Bram"), person("c", "Cor"), person("d", "Dirk"), person("e", "Eva"),
                      person("f", "Fleur", archived: true)]
        let idea = contribution("a", "2026-12-02", .idea, id: "idea")
        let smiles = [contribution("b", "2026-12-03", .smile, id: "s1"), contribution("b", "2026-12-04", .smile, id: "s2")]
        let contributions = [idea] + smiles + [contribution("e", "2026-12-05", .goal), contribution("e", "2026-12-06", .goal),
                                               contribution("e", "2026-11-30", .smile), contribution("f", "2026-12-05", .smile)]
        let recognitions = [given("a", "2026-12-02", by: "lead1", for: ["idea"]), given("a", "2026-12-03", by: "lead2"),
                            given("a", "2026-12-04", by: "lead1"), given("a", "2026-12-05", by: "lead1"),
                            given("b", "2026-12-05", by: "lead1", for: ["s1"]), given("b", "2026-12-06", by: "lead1"),
                            given("c", "2026-12-07", by: "lead2"), given("d", "2026-12-08", by: "lead1"),
                            given("f", "2026-12-08", by: "lead1"), given("a", "2026-11-30", by: "lead3")]
        let fairness = Fairness(range: range, employees: people, contributions: contributions, recognitions: recognitions)
        #expect(fairness.recognitions == 8)
        // Anna 4, Bram 2, then Cor and Dirk tied on 1: the tie is settled by name.
        #expect(fairness.topThree.map(\.employee.id) == ["a", "b", "c"])
        #expect(fairness.topThreeShare == 7.0 / 8.0)
        // Eva contributed (in December: two goals) and was not recognized; Fleur is archived.
        #expect(fairness.unrecognized.map(\.employee.id) == ["e"] && fairness.unrecognized[0].contributions == 2)
        #expect(fairness.recipients.map(\.givers) == [2, 1, 1, 1])
        #expect(fairness.averageGivers == 5.0 / 4.0 && fairness.singleGiver == 3)
        let shares = Dictionary(uniqueKeysWithValues: fairness.categories.map { ($0.category, ($0.recorded, $0.recognized)) })
        #expect(shares[.idea]! == (1, 1) && shares[.smile]! == (2, 1) && shares[.goal]! == (2, 0) && shares[.beyond]! == (0, 0))
        #expect(fairness.recognizedShare(.smile) == 0.5 && fairness.recognizedShare(.beyond) == nil)
    }

    @Test func quietDaysHaveNoSharesRatherThanDivideByZero() {
        let fairness = Fairness(range: DateRange(from: day("2026-12-01"), to: day("2026-12-07"))!, employees: [person("a", "Anna")],
                                contributions: [], recognitions: [])
        #expect(fairness.topThreeShare == nil && fairness.averageGivers == nil && fairness.unrecognized.isEmpty)
        #expect(fairness.categories.allSatisfy { $0.recorded == 0 })
    }
}
