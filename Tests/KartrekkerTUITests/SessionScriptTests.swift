import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// The UI driven the way a team lead uses it, over the demo organisation.
@Suite struct SessionScriptTests {
    @Test func openTheLeaderboardStepPeriodsFilterByTeamOpenSomeoneAndComeBack() throws {
        var ui = UIFixtures.session()
        ui.press(.character("3"))
        #expect(ui.screen.shownTab == "3 Leaderboard")
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
        let teams = try Session(UIFixtures.configuration(UIFixtures.demo)).employeeDirectory().teams
        #expect(teams.count >= 5)
        ui.press(.character("t"))
        #expect(ui.text.contains("November 2026 · \(teams[0])"))
        let rows = ui.screen.tableRows(under: "RANK")
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(teams[0]) }, "\(rows)")
        ui.press(.down)
        let chosen = try #require(ui.screen.selectedRows.first)
        #expect(chosen == rows[1])
        ui.press(.enter)
        let name = try #require(ui.screen.pageEmployee)
        #expect(chosen.contains(String(name.prefix(20))), "\(chosen) / \(name)")
        ui.press(.character("q"))
        #expect(ui.screen.shownTab == "3 Leaderboard" && ui.screen.selectedRows.first == chosen)
        #expect(ui.text.contains("November 2026 · \(teams[0])"))
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
        #expect(ui.screen.shownTab == "2 Employees" && ui.text.contains("No match"))
        ui.press(.backspace, .backspace, .enter)
        #expect(ui.screen.selectedRows.first?.hasPrefix("Rianne Yılmaz") == true)
        ui.press(.enter)
        #expect(ui.screen.pageEmployee == "Rianne Yılmaz" && ui.text.contains("Rianne Yılmaz · Wijkbeheer"))
        ui.press(.escape)
        #expect(ui.screen.shownTab == "2 Employees" && ui.text.contains("/yilm  (1 match)"))
        ui.press(.escape)
        #expect(ui.text.contains("Hamza Prins"))
    }

    @Test func employeesSortFilterByTeamAndShowTheArchived() throws {
        var ui = UIFixtures.session()
        ui.press(.character("2"), .character("s"))
        #expect(ui.text.contains("by score this month"))
        #expect(ui.screen.tableRows(under: "NAME").first?.hasPrefix("Hamza Prins") == true)
        ui.press(.character("s"))
        #expect(ui.text.contains("longest unrecognized first"))
        // The longest since a recognition first: the days in the last column never go up.
        let waits = ui.screen.column("LAST RECOG", under: "NAME").map { Int($0.split(separator: " ").first ?? "") ?? Int.max }
        #expect(waits.count > 10 && zip(waits, waits.dropFirst()).allSatisfy { $0 >= $1 }, "\(waits)")
        ui.press(.character("t"))
        let teams = try Session(UIFixtures.configuration(UIFixtures.demo)).employeeDirectory().teams
        #expect(ui.screen.line(2).contains(" · team \(teams[0]) · "), "\(ui.screen.line(2))")
        let shown = ui.screen.column("TEAM", under: "NAME")
        #expect(!shown.isEmpty && shown.allSatisfy { $0 == teams[0] }, "\(shown)")
        ui.press(.character("A"))
        #expect(ui.text.contains("archived shown"))
    }

    @Test func dashboardBlocksOpenTheirPeople() throws {
        var ui = UIFixtures.session()
        // The board's first row is selected; Enter opens that person.
        let top = try #require(ui.screen.selectedRows.first)
        ui.press(.enter)
        let first = try #require(ui.screen.pageEmployee)
        #expect(top.contains(first), "\(top) / \(first)")
        ui.press(.escape)
        ui.press(.right, .down)
        let nudged = try #require(ui.screen.selectedRows.first)
        ui.press(.enter)
        let second = try #require(ui.screen.pageEmployee)
        #expect(nudged.contains(String(second.prefix(12))), "\(nudged) / \(second)")
        ui.press(.character("q"), .right)
        let recent = try #require(ui.screen.selectedRows.first)
        ui.press(.enter)
        let third = try #require(ui.screen.pageEmployee)
        #expect(recent.contains(String(third.prefix(16))), "\(recent) / \(third)")
    }

    @Test func fairnessTakesTheRecentListsPlaceAtEightyColumnsAndSitsAboveItWhenTall() throws {
        let fixture = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: fixture) }
        var small = UIFixtures.session(fixture)
        #expect(!small.text.contains("Fairness ·") && small.text.contains("Recent"))
        small.press(.character("f"))
        #expect(small.text.contains("Fairness · 1 – 30 Nov") && !small.text.contains("Recent"), "\(small.text)")
        // Hanna, Chantal and Anna were recognized once each; four who contributed were not.
        #expect(small.text.contains("100% of 3 recognitions"))
        #expect(small.text.contains("4 without recognition: Bram Yılmaz"))
        #expect(small.text.contains("1.0 givers per person; 3 of 3 from one only"))
        // The recent list is hidden: → steps over it.
        small.press(.right, .right, .right, .right)
        #expect(small.text.contains("Work anniversaries, 14 days"))
        small.press(.character("f"))
        #expect(!small.text.contains("Fairness ·") && small.text.contains("Recent"))
        small.press(.character("?"))
        #expect(small.text.contains("share of recognitions to the 3 most recognized"), "\(small.text)")

        var tall = UIFixtures.session(fixture, size: Size(width: 120, height: 40))
        #expect(tall.text.contains("Fairness · 1 – 30 Nov") && tall.text.contains("Recent"))
        tall.press(.character("f"))
        #expect(!tall.text.contains("Fairness ·") && tall.text.contains("Recent"))
        let dutch = UIFixtures.session(fixture, size: Size(width: 120, height: 40), language: .dutch)
        #expect(dutch.text.contains("Eerlijk verdeeld? · 1 – 30 nov") && dutch.text.contains("4 zonder waardering"), "\(dutch.text)")
    }

    @Test func theRecapPagesThroughTheMeetingInLargeCalmType() throws {
        let fixture = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: fixture) }
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var ui = UIFixtures.session(fixture, size: size)
            ui.press(.character("m"))
            #expect(ui.text.contains("Team meeting · November 2026") && ui.text.contains("Counted: 1 – 30 Nov 2026."), "\(ui.text)")
            var seen: [String] = [ui.text]
            for _ in 0..<12 {
                ui.press(.character(" "))
                seen.append(ui.text)
            }
            let all = seen.joined(separator: "\n")
            for heading in ["Kartrekkers", "Story 1 of", "Ideas taken up", "Recognitions given", "Coming up", "In figures"] {
                #expect(all.contains(heading), "\(heading) at \(size)")
            }
            // The private recognition of the fixture never shows; the last page stays the last.
            #expect(!all.contains("Bioscoopbon voor het buurtapp-idee"))
            #expect(seen[seen.count - 1] == seen[seen.count - 2])
            // ← goes to the week, q back to where it was opened.
            ui.press(.left)
            #expect(ui.text.contains("Team meeting · Week 49, 2026") || ui.text.contains("Team meeting · Week"), "\(ui.text)")
            ui.press(.character("q"))
            #expect(ui.text.contains("Kartrekkers · November 2026"))
        }
        var dutch = UIFixtures.session(fixture, language: .dutch)
        dutch.press(.character("3"), .character("["), .character("m"))
        #expect(dutch.text.contains("Werkoverleg · oktober 2026"), "\(dutch.text)")
    }

    @Test func activityFiltersByKindCategoryAndTeam() throws {
        var ui = UIFixtures.session()
        ui.press(.character("4"))
        // The WHAT column of the rows shown.
        func what() -> [String] { ui.screen.column("WHAT", under: "DATE") }
        let categories = Set(KartrekkerCore.Category.allCases.map(\.rawValue))
        let kinds = Set(RecognitionKind.allCases.map(\.rawValue))
        #expect(what().count > 10 && what().allSatisfy { categories.contains($0) || kinds.contains($0) }, "\(what())")
        ui.press(.character("K"))
        #expect(ui.text.contains("contributions ·") && what().allSatisfy(categories.contains), "\(what())")
        ui.press(.character("K"))
        #expect(ui.text.contains("recognitions ·") && !what().isEmpty && what().allSatisfy(kinds.contains), "\(what())")
        ui.press(.character("C"))
        #expect(ui.text.contains("smile") && !what().isEmpty && what().allSatisfy { $0 == "smile" }, "\(what())")
        ui.press(.character("t"))
        let teams = try Session(UIFixtures.configuration(UIFixtures.demo)).employeeDirectory()
        let team = teams.teams[0]
        #expect(ui.screen.line(2).contains(team))
        // Everyone listed is in that team.
        let names = ui.screen.column("EMPLOYEE", under: "DATE")
        #expect(!names.isEmpty && names.allSatisfy { name in
            teams.employees.contains { $0.team == team && ($0.name == name || name.hasSuffix("…") && $0.name.hasPrefix(name.dropLast())) }
        }, "\(names) in \(team)")
        let first = try #require(names.first)
        ui.press(.enter)
        #expect(ui.screen.pageEmployee == first)
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
