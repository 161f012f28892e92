import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// The UI driven the way a team lead uses it, over the demo organisation.
@Suite struct SessionScriptTests {
    @Test func openTheLeaderboardStepPeriodsFilterByTeamOpenSomeoneAndComeBack() {
        var ui = UIFixtures.session()
        ui.press(.character("3"))
        #expect(ui.program.route == .tab(.leaderboard))
        #expect(ui.text.contains("[Month]") && ui.text.contains("November 2026 · all teams"))
        ui.press(.character("["))
        #expect(ui.text.contains("October 2026") && ui.text.contains("vs September 2026"))
        ui.press(.right)
        #expect(ui.text.contains("[Quarter]") && ui.text.contains("Q4 2026"))
        ui.press(.character("]"))
        // There is no later quarter with data, but stepping still works: the next quarter.
        #expect(ui.text.contains("Q1 2027"))
        ui.press(.character("["), .left, .left, .left, .left, .left)
        #expect(ui.text.contains("[Week]"))
        ui.press(.right, .right, .right, .right, .right, .right)
        #expect(ui.text.contains("[All time]") && !ui.text.contains(" vs "))
        ui.press(.left, .left, .left)
        #expect(ui.text.contains("[Month]"))
        let teams = ui.program.leaderboard.filters?.teams ?? []
        #expect(teams.count >= 5)
        ui.press(.character("t"))
        #expect(ui.program.leaderboard.team == teams[0] && ui.text.contains(teams[0]))
        let rows = ui.program.leaderboard.data.value?.rows ?? []
        #expect(!rows.isEmpty && rows.allSatisfy { $0.employee.team == teams[0] })
        ui.press(.down)
        let chosen = ui.program.leaderboard.list.selectedID
        ui.press(.enter)
        #expect(ui.program.route == .employee(chosen ?? ""))
        let name = rows.first { $0.employee.id == chosen }?.employee.name ?? "?"
        #expect(ui.text.contains(name))
        ui.press(.character("q"))
        #expect(ui.program.route == .tab(.leaderboard) && ui.program.leaderboard.list.selectedID == chosen)
        #expect(ui.program.leaderboard.team == teams[0])
        ui.press(.character("q"))
        #expect(ui.hasQuit)
    }

    @Test func filterTheEmployeeListByTyping() {
        var ui = UIFixtures.session()
        ui.press(.character("2"))
        #expect(ui.text.contains("22 employees"))
        ui.press(.character("/"))
        ui.type("yilm")
        // Accents and case folded: ı and Y match.
        #expect(ui.text.contains("Rianne Yılmaz") && !ui.text.contains("Hamza Prins"))
        #expect(ui.text.contains("/yilm_  (1 match)"))
        // While the filter is typed, q and the digits are letters of it.
        ui.type("q2")
        #expect(ui.program.route == .tab(.employees) && ui.text.contains("No match"))
        ui.press(.backspace, .backspace, .enter)
        #expect(ui.program.employees.list.selectedID != nil)
        ui.press(.enter)
        #expect(ui.text.contains("Rianne Yılmaz · Wijkbeheer"))
        ui.press(.escape)
        #expect(ui.program.route == .tab(.employees) && ui.text.contains("/yilm  (1 match)"))
        ui.press(.escape)
        #expect(ui.text.contains("Hamza Prins"))
    }

    @Test func employeesSortFilterByTeamAndShowTheArchived() {
        var ui = UIFixtures.session()
        ui.press(.character("2"), .character("s"))
        #expect(ui.text.contains("by score this month"))
        let first = ui.program.employees.shown.first
        #expect(first?.employee.name == "Hamza Prins")
        ui.press(.character("s"))
        #expect(ui.text.contains("longest unrecognized first"))
        #expect(ui.program.employees.shown.first?.lastRecognition == nil)
        ui.press(.character("t"))
        let team = ui.program.employees.team
        #expect(team != nil && ui.program.employees.shown.allSatisfy { $0.employee.team == team })
        ui.press(.character("A"))
        #expect(ui.text.contains("archived shown"))
        let all = UIFixtures.session()
        _ = all
    }

    @Test func dashboardBlocksOpenTheirPeople() {
        var ui = UIFixtures.session()
        let top = ui.program.dashboard.data.value?.board.rows.first?.employee
        ui.press(.enter)
        #expect(ui.program.route == .employee(top?.id ?? ""))
        ui.press(.escape)
        ui.press(.right, .down)
        let nudged = ui.program.dashboard.data.value?.nudges.rows[1].employee
        ui.press(.enter)
        #expect(ui.program.route == .employee(nudged?.id ?? ""))
        ui.press(.character("q"), .right, .enter)
        let recent = ui.program.dashboard.data.value?.recent.first
        #expect(ui.program.route == .employee(recent?.employeeId ?? ""))
    }

    @Test func activityFiltersByKindCategoryAndTeam() {
        var ui = UIFixtures.session()
        ui.press(.character("4"))
        let all = ui.program.activity.data.value ?? []
        #expect(all.count == ActivityScreen.pageSize)
        #expect(zip(all, all.dropFirst()).allSatisfy { !ActivityItem.isNewer($1, than: $0) })
        ui.press(.character("K"))
        #expect(ui.program.activity.data.value?.allSatisfy { if case .contribution = $0.record { true } else { false } } == true)
        ui.press(.character("K"))
        #expect(ui.text.contains("recognitions ·"))
        #expect(ui.program.activity.data.value?.allSatisfy { if case .recognition = $0.record { true } else { false } } == true)
        ui.press(.character("C"))
        #expect(ui.program.activity.kind == nil && ui.program.activity.category == .smile)
        #expect(ui.program.activity.data.value?.allSatisfy {
            if case .contribution(let c) = $0.record { c.category == .smile } else { false }
        } == true)
        ui.press(.character("t"))
        let team = ui.program.activity.team
        #expect(team != nil && ui.program.activity.data.value?.allSatisfy { $0.employee?.team == team } == true)
        ui.press(.enter)
        #expect(ui.program.route == .employee(ui.program.activity.data.value?.first?.employeeId ?? "-"))
    }

    @Test func helpListsTheKeysOfTheScreenAndScrolls() {
        var ui = UIFixtures.session()
        ui.press(.character("2"), .character("?"))
        #expect(ui.text.contains("Help: Employees"))
        #expect(ui.text.contains("Sort: name, score this month, last recognition"))
        ui.press(.end)
        #expect(ui.text.contains("Suspend to the shell"))
        ui.press(.character("?"))
        #expect(!ui.text.contains("Help: Employees"))
    }

    @Test func noScreenHasConflictingKeys() {
        var ui = UIFixtures.session()
        let paths: [[Key]] = [[], [.character("2")], [.character("/")], [.escape, .character("3")], [.character("/")],
                              [.escape, .character("4")], [.character("/")], [.escape, .enter], [.character("?")]]
        for keys in paths {
            ui.press(keys)
            #expect(ui.program.keyMap.conflicts.isEmpty, "\(ui.program.route.map(String.init(describing:)) ?? ""): \(ui.program.keyMap.conflicts)")
        }
        let welcome = UIFixtures.session(UIFixtures.freshDirectory())
        #expect(welcome.program.keyMap.conflicts.isEmpty)
    }

    @Test func docsKeysIsGeneratedFromTheBindingTables() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/keys.md")
        let generated = KartrekkerUI.keysDocument()
        if ProcessInfo.processInfo.environment["KARTREKKER_RECORD_GOLDENS"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == generated, "docs/keys.md is stale: run KARTREKKER_RECORD_GOLDENS=1 swift test")
        #expect(generated.contains("Team filter: all teams, then each team in turn"))
    }
}
