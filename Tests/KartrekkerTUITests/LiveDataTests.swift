import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// Data that changes under the UI, data that cannot be read, an empty directory, midnight.
@Suite struct LiveDataTests {
    func edit(_ directory: URL, _ file: String, _ change: (String) -> String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try change(text).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func anotherWriteAppearsAndTheSelectionStaysOnTheSamePerson() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"), .down, .down, .down)
        let selected = try #require(ui.program.leaderboard.list.selectedID)
        let last = try #require(ui.program.leaderboard.data.value?.rows.last?.employee)
        // Someone else lifts the last person of the board to the top.
        let other = Session(UIFixtures.configuration(directory))
        for _ in 0..<12 {
            _ = try other.logContribution(ContributionDraft(employee: last.id, category: .smile, note: "Samen met de buren opgelost"))
        }
        ui.send(.dataChanged)
        #expect(ui.program.leaderboard.data.value?.rows.first?.employee.id == last.id)
        #expect(ui.program.leaderboard.list.selectedID == selected)
        #expect(ui.text.contains(last.name))
        // The dashboard was out of date too: it reloads when shown.
        ui.press(.character("1"))
        #expect(ui.program.dashboard.data.value?.board.rows.first?.employee.id == last.id)
    }

    @Test func theUIsOwnWriteIsNotTakenForAChangeByOthers() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        let probe = ui.program.changeProbe
        let start = probe()
        #expect(probe() == start)
        // A contribution logged in the UI: it reloads once, and the watcher sees nothing new.
        ui.press(.character("3"), .character("c"))
        ui.type("s")
        ui.press(.tab, .tab)
        ui.type("Eigen schrijfactie")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"))
        #expect(probe() == start)
        // Someone else's write is a change.
        _ = try Session(UIFixtures.configuration(directory)).logContribution(
            ContributionDraft(employee: try #require(ui.program.leaderboard.list.selectedID), category: .goal, note: "Van een collega"))
        let afterOther = probe()
        #expect(afterOther != start)
        #expect(probe() == afterOther)
    }

    @Test func aPeriodSwitchShowsTheBoardLoadedAheadAtOnceAndAChangeDropsThem() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"))
        // Loaded ahead: the quarter (→), the week (←), last and next month ([ ]).
        #expect(Set(ui.program.boards.keys.map(\.period.kind)) == [.week, .month, .quarter])
        ui.holdingBackground = true
        ui.press(.right)
        #expect(ui.program.leaderboard.data.value?.period == Period(.quarter, containing: CalendarDate("2026-11-30")!))
        #expect(!ui.program.leaderboard.data.isLoading)
        ui.press(.right)
        ui.press(.right)
        // Further than was loaded ahead: loading, shown once the work is done.
        #expect(ui.program.leaderboard.data.isLoading)
        ui.finishBackground()
        #expect(ui.program.leaderboard.data.value?.period.kind == .all)
        // Another team lead's write: the boards loaded before are dropped.
        ui.press(.left)
        let someone = try #require(ui.program.leaderboard.data.value?.rows.last)
        let other = Session(UIFixtures.configuration(directory))
        _ = try other.logContribution(ContributionDraft(employee: someone.employee.id, category: .smile, note: "Samen opgelost"))
        ui.send(.dataChanged)
        #expect(ui.program.boards.isEmpty)
        ui.finishBackground()
        #expect(ui.program.leaderboard.data.value?.rows.first { $0.employee.id == someone.employee.id }?.score == someone.score + 5)
        #expect(!ui.program.boards.isEmpty)
        for (request, board) in ui.program.boards {
            #expect(board == (try other.leaderboard(request)), "\(request.period)")
        }
        // A board loaded ahead for the old data that arrives after the change is not kept.
        let request = LeaderboardRequest(period: Period(.quarter, containing: CalendarDate("2025-05-01")!))
        let stale = try other.leaderboard(request)
        ui.deliver(.boardPrefetched(generation: ui.program.boardGeneration - 1, request, stale))
        #expect(ui.program.boards[request] == nil)
        ui.deliver(.boardPrefetched(generation: ui.program.boardGeneration, request, stale))
        #expect(ui.program.boards[request] == stale)
    }

    @Test func aDamagedFileIsShownWithItsPlaceAndNothingIsWritten() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory, "contributions/2026-11.json") { $0.replacingOccurrences(of: "\"category\": \"smile\"", with: "\"category\": smile") }
        let before = try Data(contentsOf: directory.appendingPathComponent("contributions/2026-11.json"))
        var ui = UIFixtures.session(directory)
        #expect(ui.text.contains("The data cannot be read"))
        #expect(ui.text.contains("contributions/2026-11.json:") && ui.text.contains("Nothing will be written"))
        ui.press(.character("3"), .character("2"), .character("4"), .enter)
        #expect(ui.text.contains("The data cannot be read"))
        #expect(try Data(contentsOf: directory.appendingPathComponent("contributions/2026-11.json")) == before)
        // Repaired elsewhere: the screens come back by themselves.
        try edit(directory, "contributions/2026-11.json") { $0.replacingOccurrences(of: "\"category\": smile", with: "\"category\": \"smile\"") }
        ui.send(.dataChanged)
        #expect(!ui.text.contains("The data cannot be read") && ui.text.contains("Kartrekkers"))
    }

    @Test func aDirectoryFromANewerKartrekkerOpensReadOnly() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory, "employees.json") { $0.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7") }
        let ui = UIFixtures.session(directory)
        #expect(ui.text.contains("read-only: written by a newer kartrekker"))
        #expect(!ui.screen.line(ui.screen.size.height - 1).contains("c log"))
    }

    @Test func anEmptyDirectoryWelcomesAndTheDemoLoadsWithProgress() throws {
        let directory = UIFixtures.freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        #expect(ui.screen.shownTab.isEmpty && ui.text.contains("load a demo organisation"))
        ui.press(.character("a"))
        #expect(ui.text.contains("Add an employee"))
        ui.press(.escape)
        ui.holdingBackground = true
        ui.press(.character("d"))
        #expect(ui.text.contains("Loading the demo organisation… 0 of 1 files"))
        ui.finishBackground()
        #expect(ui.screen.shownTab == "1 Dashboard")
        #expect(ui.text.contains("Demo organisation loaded: 24 employees"))
        ui.finishBackground()
        #expect(ui.text.contains("Kartrekkers · November 2026"))
    }

    @Test func aMonthOfThousandsOfPointsIsShownWhole() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = Session(UIFixtures.configuration(directory))
        let someone = try #require(session.employees().employees.first)
        for index in 0..<200 {
            _ = try session.logContribution(ContributionDraft(employee: someone.id, category: .smile, note: "Werk \(index)"))
        }
        let score = try #require(session.leaderboard(LeaderboardRequest(period: Period(.month, containing: UIFixtures.today))).rows
            .first { $0.employee.id == someone.id }?.score)
        #expect(score >= 1000)
        for width in [80, 120] {
            let ui = UIFixtures.session(directory, size: Size(width: width, height: 24))
            let row = try #require(ui.text.split(separator: "\n").first { $0.contains(someone.name.prefix(10)) })
            #expect(row.contains(" \(score) "), "\(width): \(row)")
        }
    }

    @Test func aRoleThatMayOnlyReadIsToldSoAndOffersNoChange() throws {
        var ui = UIFixtures.session()
        // As the open of a database answers HR, who reads every team and changes nothing.
        ui.deliver(.opened(OpenState(isEmpty: false, warnings: [], problem: nil, mayWrite: false)))
        ui.finishBackground()
        #expect(ui.text.contains("read-only: this role reads and changes nothing"))
        let footer = try #require(ui.text.split(separator: "\n").last)
        #expect(!footer.contains("c log") && !footer.contains("r recognize") && footer.contains("? help"), "\(footer)")
        ui.press(.character("c"))
        #expect(ui.pendingBackground == 0 && !ui.text.contains("Log a contribution"))
        ui.press(.character("2"), .enter)
        #expect(ui.text.contains("Score, 12 weeks") || ui.text.contains("12 weeks"))
        ui.press(.character("E"))
        #expect(!ui.text.contains("Edit the employee") && ui.text.contains("read-only: this role reads and changes nothing"))
    }

    @Test func anInterruptedWriteCompletedOnOpeningIsSaidAndLeavesTheDataWritable() throws {
        var ui = UIFixtures.session()
        ui.deliver(.opened(OpenState(isEmpty: false, warnings: [], problem: nil,
                                     notices: [Phrase("a write that was interrupted (a crash?) was completed first: contributions/2026-11.json", nl: "een onderbroken schrijfactie is eerst afgemaakt")])))
        ui.finishBackground()
        #expect(!ui.text.contains("read-only") && ui.screen.line(ui.screen.size.height - 1).contains("c log"))
        #expect(ui.screen.line(ui.screen.size.height - 2).contains("was completed first"), "\(ui.text)")
    }

    @Test func whoMayNotReplaceEverythingIsNotOfferedTheDemo() throws {
        let directory = UIFixtures.freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        // As the open of a database answers a team lead, who sees only their own (empty) teams.
        ui.deliver(.opened(OpenState(isEmpty: true, warnings: [], problem: nil, mayLoadDemo: false)))
        #expect(ui.screen.shownTab.isEmpty)
        #expect(!ui.text.contains("load a demo organisation") && ui.text.contains("add your first employee"))
        #expect(!ui.text.contains("d demo"))
        ui.press(.character("d"))
        #expect(ui.pendingBackground == 0 && !ui.text.contains("Loading the demo"))
        ui.press(.character("a"))
        #expect(ui.text.contains("Add an employee"))
    }

    @Test func todayMovesAtMidnight() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 2026-11-30 23:59:30 UTC, no fixed today.
        let evening = Date(timeIntervalSince1970: 1_796_083_170)
        let configuration = UIFixtures.configuration(directory, today: nil) { evening }
        var ui = ScriptedSession(KartrekkerUI(configuration: configuration, directoryLabel: "demo-data"), now: evening)
        #expect(ui.text.contains("Mon 30 Nov 2026") && ui.text.contains("November 2026"))
        ui.advance(by: 60)
        #expect(ui.text.contains("Tue 1 Dec 2026"))
    }

    @Test func namesWithEscapeSequencesAreDrawnEscaped() throws {
        let directory = UIFixtures.freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = Session(UIFixtures.configuration(directory))
        let person = try session.addEmployee(EmployeeDraft(name: "Anna", team: "Verhuur"))
        _ = try session.logContribution(ContributionDraft(employee: person.id, category: .smile, note: "Opgelost"))
        // A hand edit plants an escape sequence and a bidi override in the name.
        try edit(directory, "employees.json") { $0.replacingOccurrences(of: "\"Anna\"", with: "\"Anna\\u001b[2J\\u202eX\"") }
        var ui = UIFixtures.session(directory)
        #expect(ui.text.contains("Anna\\u{1B}[2J"))
        ui.press(.character("2"))
        #expect(ui.text.contains("Anna\\u{1B}[2J\\u{202"))
        #expect(!ui.screen.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E } })
    }
}

@Suite struct EmployeePageTests {
    @Test func aLongHistoryShowsItsNewestRecordsAndNamesTheRest() {
        let person = Employee(id: "e-1", name: "Anna", team: "A")
        let contribution = Contribution(id: "c-1", employeeId: "e-1", date: CalendarDate("2026-11-02")!, category: .goal, note: "Doel",
                                        recordedBy: "x", recordedAt: Date(timeIntervalSince1970: 0))
        let story = EmployeeStory(employee: person, today: UIFixtures.today, scores: [], weeklyScores: [], pointsByCategory: [],
                                  ideas: [], contributions: [contribution], recognitions: [], contributionCount: 412, recognitionCount: 37)
        let items = EmployeeScreen.items(story, width: 78, strings: .english, glyphs: .unicodeSet)
        #expect(items.count == 2 && items[0].id == "c-1")
        #expect(items[1].lines.first?.text == "411 older contributions and 37 older recognitions: kartrekker contribution list --employee e-1")
    }
}
