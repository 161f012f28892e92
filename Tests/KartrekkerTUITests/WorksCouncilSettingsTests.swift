import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// The terminal UI follows what the organisation (and its works council) agreed the boards
/// show, and whether nudges are shown: at 80×24 and wide.
@Suite struct WorksCouncilSettingsTests {
    func ui(board: String, nudges: String, size: Size) throws -> (ScriptedSession<KartrekkerUI>, URL) {
        let directory = try UIFixtures.demoCopy()
        let session = Session(UIFixtures.configuration(directory))
        _ = try session.setBoard(board)
        _ = try session.setNudges(nudges)
        return (UIFixtures.session(directory, size: size), directory)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func ranksWithoutPointsShowNoScoreAnywhereOnTheBoards(size: Size) throws {
        var (ui, directory) = try ui(board: "ranks", nudges: "on", size: size)
        defer { try? FileManager.default.removeItem(at: directory) }
        ui.finishBackground()
        let dashboard = ui.text
        // Who is first, as the session knows (the screen shows no score to tell).
        let first = try #require(try Session(UIFixtures.configuration(directory)).dashboard().board.rows.first)
        let line = try #require(dashboard.split(separator: "\n").first { $0.contains(first.employee.name) })
        #expect(!line.contains(" \(first.score) ") && !line.contains("█") && !dashboard.contains(" pts"), "\(line)")
        // The employee list is no board by the back door: no month's score, no sort by it.
        ui.press(.character("2"))
        ui.finishBackground()
        #expect(!ui.text.contains("MONTH") && ui.text.contains("NAME"), "\(ui.text)")
        ui.press(.character("s"))
        #expect(ui.text.contains("longest unrecognized first"))
        ui.press(.character("s"))
        #expect(ui.text.contains("by name"))
        ui.press(.character("3"))
        ui.finishBackground()
        #expect(!ui.text.contains("SCORE") && ui.text.contains("RANK") && !ui.text.contains("█"), "\(ui.text)")
        // People can still be opened from the board.
        ui.press(.enter)
        #expect(ui.screen.pageEmployee == first.employee.name)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func teamsOnlyShowNoBoardOfPeopleAndNudgesTurnedOffAreNotListed(size: Size) throws {
        var (ui, directory) = try ui(board: "teams", nudges: "off", size: size)
        defer { try? FileManager.default.removeItem(at: directory) }
        ui.finishBackground()
        let dashboard = try Session(UIFixtures.configuration(directory)).dashboard()
        let board = dashboard.board
        #expect(ui.text.contains("Teams · November 2026") && ui.text.contains("Turned off by the organisation."), "\(ui.text)")
        #expect(dashboard.nudges.rows.isEmpty)
        let topLines = ui.text.split(separator: "\n").prefix(9).joined(separator: "\n")
        // A team's name and its count of people stand apart, however long the name.
        let teamLines = topLines.split(separator: "\n").filter { $0.contains(" people") || $0.contains(" person") }
        #expect(!teamLines.isEmpty)
        for line in teamLines {
            let before = line.components(separatedBy: line.contains(" people") ? " people" : " person").first ?? ""
            let count = before.split(separator: " ").last ?? ""
            #expect(count.allSatisfy { $0.isNumber }, "\(line)")
        }
        for row in board.rows { #expect(!topLines.contains(row.employee.name), "\(row.employee.name) on the board") }
        ui.press(.character("3"))
        ui.finishBackground()
        for person in try Session(UIFixtures.configuration(directory)).employees().employees {
            #expect(!ui.text.contains(person.name), "\(person.name)")
        }
        #expect(ui.text.contains("Verhuur") && ui.text.contains("people"))
        // Nobody to open.
        ui.press(.enter)
        #expect(ui.screen.shownTab == "3 Leaderboard" && ui.screen.pageEmployee == nil)
    }

    @Test func aBoardReachingBeforePurgedRecordsSaysSo() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Session(UIFixtures.configuration(directory)).purge(before: CalendarDate("2026-03-01")!)
        var ui = UIFixtures.session(directory)
        ui.finishBackground()
        ui.press(.character("3"))
        ui.finishBackground()
        #expect(!ui.text.contains("were purged"))
        ui.press(.right, .right, .right)
        ui.finishBackground()
        #expect(ui.text.contains("[All time]") && ui.text.contains("records before 2026-03-01 were purged"), "\(ui.text)")
        ui.press(.left)
        ui.finishBackground()
        // 2026 reaches before March.
        #expect(ui.text.contains("[Year]") && ui.text.contains("records before 2026-03-01 were purged"))
    }

    @Test func openingSaysWhenRecordsAreOlderThanTheRetentionPeriod() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Session(UIFixtures.configuration(directory)).setRetention("6m")
        var ui = UIFixtures.session(directory)
        ui.finishBackground()
        // Said whole on the status rule, at 80 columns.
        let rule = ui.screen.line(ui.screen.size.height - 2)
        #expect(rule.contains("records older than the retention period (6 months): kartrekker purge"), "\(rule)")
        // Said, not enforced: the UI still records.
        #expect(ui.screen.line(ui.screen.size.height - 1).contains("c log"))
    }

    @Test func aTeamsNameNeverRunsIntoItsCountOfPeople() throws {
        // A team whose name fills its column, with a count of three digits (an organisation).
        let people = (0..<213).map { Employee(id: "e-\($0)", name: "P \($0)", team: "Klantcontact Noord") }
        let board = Leaderboard(period: Period(.month, containing: CalendarDate("2026-11-30")!), employees: people,
                                totals: Dictionary(uniqueKeysWithValues: people.map { ($0.id, ScoreTotal(score: 18, count: 1)) }),
                                previousTotals: [:], recognitionCounts: [:])
        var buffer = ScreenBuffer(size: Size(width: 42, height: 3))
        DashboardScreen.drawTeams(TeamBoard(board), in: Rect(x: 0, y: 0, width: 42, height: 3), on: &buffer, strings: .english)
        let line = buffer.line(0)
        #expect(line.contains("… 213 people 3834") || line.contains(" 213 people 3834"), "\(line)")
    }
}
