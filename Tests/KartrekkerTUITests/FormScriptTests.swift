import Foundation
import Testing
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// Recording from the UI, the way a team lead types it.
@Suite struct FormScriptTests {
    func reader(_ directory: URL) -> Session { Session(UIFixtures.configuration(directory)) }

    /// On the leaderboard, `c` for the selected person, a smile and `note` typed (not saved).
    func logSmile(_ note: String, in ui: inout ScriptedSession<KartrekkerUI>) {
        ui.press(.character("3"), .character("c"))
        ui.type("s")
        ui.press(.tab, .tab)
        ui.type(note)
    }

    /// Moves the employee page's selection down to the record whose text holds `note`, as a
    /// person would, reading the screen.
    func select(_ note: String, in ui: inout ScriptedSession<KartrekkerUI>) {
        ui.press(.character("g"))
        var presses = 0
        while presses < 500, !ui.screen.selectedRows.contains(where: { $0.contains(note) }) {
            ui.press(.down)
            presses += 1
        }
    }

    /// The id of the person whose leaderboard row is drawn selected, by the name it shows.
    func selectedOnBoard(_ ui: ScriptedSession<KartrekkerUI>, _ directory: URL) throws -> String {
        let names = ui.screen.column("NAME", under: "RANK")
        let row = try #require(ui.screen.selectedRows.first)
        let name = try #require(names.first { row.contains($0) })
        return try reader(directory).employee(name).id
    }

    /// The name and score of the leaderboard's row `index` as shown.
    func boardRow(_ ui: ScriptedSession<KartrekkerUI>, _ index: Int) -> (name: String, score: Int)? {
        let names = ui.screen.column("NAME", under: "RANK"), scores = ui.screen.column("SCORE", under: "RANK")
        guard index < names.count, index < scores.count, let score = Int(scores[index].split(separator: " ").first ?? "") else { return nil }
        return (names[index], score)
    }

    @Test func logAContributionForTheSelectedEmployee() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"), .down)
        let (name, before) = try #require(boardRow(ui, 1))
        #expect(ui.screen.selectedRows.first?.contains(name) == true)
        ui.press(.character("c"))
        #expect(ui.text.contains("Log a contribution") && ui.text.contains(name))
        // Opened for the selected person, the form starts on the category, the first field
        // still to answer: typing picks the category rather than joining the name.
        ui.type("sm")
        ui.press(.tab, .tab)
        ui.type("Lekkage bij mevrouw Jansen dezelfde middag verholpen")
        ui.press(.tab, .right, .tab)
        ui.type("betrokken, Oplossingsgericht")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved") && !ui.text.contains("Log a contribution"))
        let saved = try #require(try reader(directory).contributions(employee: name).first)
        #expect(saved.note == "Lekkage bij mevrouw Jansen dezelfde middag verholpen" && saved.category == .smile)
        #expect(saved.channel == .phone && saved.values == ["betrokken", "oplossingsgericht"] && saved.recordedBy == "marieke")
        #expect(saved.date == UIFixtures.today)
        // The board shows the new points, with the same person selected.
        let shown = (0..<40).compactMap { boardRow(ui, $0) }
        #expect(shown.first { $0.name == name }?.score == before + 5, "\(shown)")
        #expect(ui.screen.selectedRows.first?.contains(name) == true)
    }

    @Test func recognizeSomeoneFromTheLeaderboardForTwoOfTheirContributions() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"))
        let person = try selectedOnBoard(ui, directory)
        ui.press(.character("r"))
        #expect(ui.text.contains("Recognize"))
        // The form starts on the message (kind and date have defaults).
        ui.type("Genoemd in het teamoverleg")
        ui.press(.up, .up, .character("c"), .down, .down, .tab)
        // The person's recent contributions are offered: check the first two.
        ui.press(.character(" "), .control("n"), .character(" "))
        ui.press(.tab, .right)
        ui.press(.enter)
        #expect(ui.text.contains("Saved"))
        let recognition = try #require(try reader(directory).recognitions(employee: person).first)
        let recent = try reader(directory).contributions(employee: person, range: DateRange(from: UIFixtures.today.adding(days: -89), to: UIFixtures.today))
        #expect(recognition.kind == .compliment && recognition.message == "Genoemd in het teamoverleg")
        #expect(recognition.contributionIds == Array(recent.prefix(2)).map(\.id))
        #expect(recognition.visibility == .private)
    }

    @Test func aComingJubileumIsRecognizedFromTheDashboardInTwoKeys() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        for language in [Language.english, .dutch] {
            var ui = UIFixtures.session(directory, language: language)
            // The board, the nudges, then the anniversaries: Chantal's five years on 3 December.
            ui.press(.right, .right)
            #expect(ui.screen.selectedRows.contains { $0.contains("Chantal Nguyen") }, "\(ui.text)")
            ui.press(.character("r"))
            let message = language == .english ? "5 years with us: congratulations, and thank you!"
                                                : "5 jaar in dienst: gefeliciteerd, en dank je wel!"
            #expect(ui.text.contains(message), "\(ui.text)")
            ui.press(.control("s"))
            #expect(ui.text.contains(language == .english ? "Saved" : "Bewaard"), "\(ui.text)")
        }
        let chantal = try #require(try reader(directory).employees().employees.first { $0.name == "Chantal Nguyen" })
        let given = try reader(directory).recognitions(employee: chantal.id).map(\.message)
        #expect(given.filter { $0.contains("5") && ($0.contains("years") || $0.contains("jaar")) }.count == 2, "\(given)")
    }

    @Test func aWishForPrivatePraiseIsSetInTheFormAndTheRecognitionFollowsIt() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory, size: Size(width: 80, height: 24))
        ui.press(.character("3"), .enter)
        let person = try #require(ui.screen.pageEmployee)
        ui.press(.character("E"))
        #expect(ui.text.contains("On boards") && ui.text.contains("Praise"), "\(ui.text)")
        ui.press(.tab, .tab, .tab, .tab, .tab, .right, .tab, .right)
        #expect(ui.text.contains("no, at their wish") && ui.text.contains("in private, one-to-one"), "\(ui.text)")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved") && ui.text.contains("off boards · praise in private"), "\(ui.text)")
        let stored = try #require(try reader(directory).employees().employees.first { $0.name == person })
        #expect(!stored.onBoard && stored.praise == .private)
        // Off the leaderboard now, which says so.
        ui.press(.escape, .character("3"))
        #expect(!ui.screen.selectedRows.contains { $0.contains(person) } && ui.text.contains("1 person is not shown"), "\(ui.text)")
        // A recognition opened for them starts private.
        ui.press(.character("2"), .character("/"))
        ui.type(person)
        ui.press(.enter, .character("r"))
        ui.type("Dank je")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        #expect(try reader(directory).recognitions(employee: stored.id).first { $0.message == "Dank je" }?.visibility == .private)
    }

    @Test func pOnTheEmployeePageWritesTheirReportAndSaysWhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var ui = UIFixtures.session(ScreenSnapshotTests.fixture, reportFolder: folder.path)
        ui.press(.character("3"), .enter)
        let person = try #require(ui.screen.pageEmployee)
        ui.press(.character("p"))
        #expect(ui.text.contains("Report written to"), "\(ui.text)")
        ui.press(.character("p"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // A second report never overwrites the first.
        #expect(files.count == 2 && files.allSatisfy { $0.hasPrefix("kartrekker-") && $0.hasSuffix(".html") }, "\(files)")
        let html = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(html.contains("For the yearly conversation · \(person)"))
        #expect(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(files[0]).path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func anIdeaTakenUpWaitsInDeserveRecognitionUntilItsProposerIsThanked() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = reader(directory)
        let hanna = try #require(try session.employees().employees.first { $0.name == "Hanna Sewnarain" })
        let idea = try session.logContribution(ContributionDraft(employee: hanna.id, category: .idea, note: "Buurtapp voor meldingen",
                                                                 date: UIFixtures.today.adding(days: -3)))
        _ = try session.setIdeaStatus(idea.id, .adopted)
        for language in [Language.english, .dutch] {
            let ui = UIFixtures.session(directory, language: language)
            #expect(ui.text.contains(language == .english ? "idea adopted" : "idee omarmd"), "\(ui.text)")
        }
        var ui = UIFixtures.session(directory)
        // The block's first row: Hanna, for her idea; r opens her recognition for it.
        ui.press(.right)
        #expect(ui.screen.selectedRows.first?.contains("Hanna Sewnarain") == true, "\(ui.text)")
        ui.press(.character("r"))
        #expect(ui.text.contains("your idea, now adopted: Buurtapp") && ui.text.contains("For         1 contribution"), "\(ui.text)")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        #expect(try reader(directory).recognitions(employee: hanna.id).first?.contributionIds == [idea.id])
        #expect(!ui.text.contains("idea adopted"), "thanked: no longer waiting\n\(ui.text)")
    }

    @Test func theIdeasViewListsWaitingIdeasFirstAndMovesOneOn() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("I"))
        // Bram's proposal of 18 November waits (12 days); Esra's adopted, Chantal's implemented.
        let rows = ui.screen.tableRows(under: "STATUS")
        #expect(rows.first?.contains("proposed") == true && rows.first?.contains("12 days") == true, "\(ui.text)")
        #expect(rows.contains { $0.contains("adopted") && $0.contains("Esra Koç") } && rows.contains { $0.contains("implemented") })
        ui.press(.character("s"))
        #expect(ui.screen.tableRows(under: "STATUS").allSatisfy { $0.contains("proposed") }, "\(ui.text)")
        // i moves the selected idea on: adopted, saved, and the list follows.
        ui.press(.character("i"), .right, .control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        #expect(try reader(directory).contributions().first { $0.note.hasPrefix("Voorstel: vaste monteur") }?.ideaStatus == .adopted)
        #expect(!ui.screen.tableRows(under: "STATUS").contains { $0.contains("vaste monteur") }, "\(ui.text)")
        var dutch = UIFixtures.session(directory, language: .dutch)
        dutch.press(.character("I"))
        #expect(dutch.text.contains("omarmd") && dutch.text.contains("afgelopen 12 maanden"), "\(dutch.text)")
    }

    @Test func addAnEmployeeAndAnswerTheDuplicateNameQuestion() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("2"), .character("a"))
        #expect(ui.text.contains("Add an employee"))
        ui.type("Hamza Prins")
        ui.press(.tab)
        ui.type("Verh")
        ui.press(.tab)
        ui.type("Opzichter")
        ui.press(.control("s"))
        #expect(ui.text.contains("exists already. Add another with this name?"))
        ui.press(.character("n"))
        // Still the form, with what was typed.
        #expect(ui.text.contains("Add an employee") && ui.text.contains("Opzichter"))
        ui.press(.control("s"), .character("y"))
        #expect(ui.text.contains("Saved"))
        let hamzas = try reader(directory).employees().employees.filter { $0.name == "Hamza Prins" }
        #expect(hamzas.count == 2 && hamzas.contains { $0.role == "Opzichter" && $0.team == "Verhuur" })
        // The new person is selected in the list: the row with the role just typed.
        #expect(ui.screen.selectedRows.first.map { $0.hasPrefix("Hamza Prins") && $0.contains("Opzichter") } == true,
                "\(ui.screen.selectedRows)")
        // A new team is typed, not picked; a bad e-mail is refused beside its field.
        ui.press(.character("a"))
        ui.type("Sanne Visser")
        ui.press(.tab)
        ui.type("Nieuwbouw Noord")
        ui.press(.tab, .tab)
        ui.type("sanne@")
        ui.press(.control("s"))
        #expect(ui.text.contains("! email \"sanne@\" is not an e-mail address"))
        ui.press(.control("u"))
        ui.type("sanne@woonstad.nl")
        ui.press(.control("s"))
        #expect(try reader(directory).employee("Sanne Visser").team == "Nieuwbouw Noord")
    }

    @Test func archivingAsksFirstAndNKeepsThem() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("2"))
        let person = try reader(directory).employee(try #require(ui.screen.column("NAME", under: "NAME").first))
        ui.press(.character("x"))
        #expect(ui.text.contains("Archive \(person.name)?"))
        ui.press(.character("n"))
        #expect(try !reader(directory).employee(person.id).archived)
        ui.press(.character("x"), .character("y"))
        #expect(try reader(directory).employee(person.id).archived)
        #expect(ui.text.contains("Archived \(person.name)") && !ui.screen.column("NAME", under: "NAME").contains(person.name))
        // Restored from their page.
        ui.press(.character("A"), .character("/"))
        ui.type(person.name)
        ui.press(.enter, .enter)
        ui.press(.character("x"))
        #expect(ui.text.contains("Restore \(person.name)?"))
        ui.press(.character("y"))
        #expect(try !reader(directory).employee(person.id).archived)
    }

    @Test func changeAnIdeasStatusAndSeeThePointsChange() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = reader(directory)
        let person = try #require(try session.employees().employees.first)
        let idea = try session.logContribution(ContributionDraft(employee: person.id, category: .idea, note: "Sleutelkluis bij de balie"))
        var ui = UIFixtures.session(directory)
        let monthBefore = try session.story(of: person.id).scores[1].score
        ui.press(.character("2"), .character("/"))
        ui.type(person.name)
        ui.press(.enter, .enter)
        select("Sleutelkluis bij de balie", in: &ui)
        #expect(ui.screen.selectedRows.contains { $0.contains("Sleutelkluis bij de balie") })
        ui.press(.character("i"))
        #expect(ui.text.contains("Idea status"))
        ui.press(.right, .enter)
        #expect(ui.text.contains("Idea adopted: 6 points"))
        #expect(try session.contribution(id: idea.id).ideaStatus == .adopted)
        #expect(ui.text.contains("Month \(monthBefore + 3) "), "\(ui.screen.line(3))")
        #expect(ui.text.contains("adopted · 6 pts"))
    }

    @Test func correctAndDeleteRecordsFromTheEmployeePage() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = reader(directory)
        let person = try #require(try session.employees().employees.first)
        let smile = try session.logContribution(ContributionDraft(employee: person.id, category: .smile, note: "Lekage"))
        let thanks = try session.recognize(RecognitionDraft(employee: person.id, kind: .thanks, message: "Dank", contributionIDs: [smile.id]))
        var ui = UIFixtures.session(directory)
        ui.press(.character("2"), .character("/"))
        ui.type(person.name)
        ui.press(.enter, .enter)
        // Correcting the recognition keeps what it is for.
        select("“Dank”", in: &ui)
        ui.press(.character("e"))
        #expect(ui.text.contains("For         1 contribution"), "\(ui.text)")
        ui.press(.control("s"))
        #expect(try session.recognition(id: thanks.id).contributionIds == [smile.id])
        select("Lekage", in: &ui)
        ui.press(.character("e"))
        #expect(ui.text.contains("Correct the contribution"))
        ui.press(.tab, .tab)
        ui.press(.control("u"))
        ui.type("Lekkage verholpen")
        ui.press(.control("s"))
        #expect(try session.contribution(id: smile.id).note == "Lekkage verholpen")
        #expect(ui.screen.selectedRows.contains { $0.contains("Lekkage verholpen") })
        ui.press(.character("d"))
        #expect(ui.text.contains("The thanks of 30 Nov was for it"))
        ui.press(.character("y"))
        #expect(throws: KartrekkerError.self) { _ = try session.contribution(id: smile.id) }
        #expect(try session.recognition(id: thanks.id).contributionIds.isEmpty)
        select("“Dank”", in: &ui)
        ui.press(.character("e"))
        #expect(ui.text.contains("Correct the recognition"))
        ui.press(.escape)
        ui.press(.character("d"), .character("y"))
        #expect(throws: KartrekkerError.self) { _ = try session.recognition(id: thanks.id) }
    }

    @Test func cancellingAsksOnlyWhenSomethingWasTyped() throws {
        var ui = UIFixtures.session()
        ui.press(.character("c"))
        // Moving around types nothing: Esc closes at once.
        ui.press(.tab, .tab, .up, .escape)
        #expect(!ui.text.contains("Log a contribution") && ui.program.modals.isEmpty)
        ui.press(.character("c"), .tab, .tab)
        ui.type("Half")
        ui.press(.escape)
        #expect(ui.text.contains("Discard what you typed?"))
        ui.press(.character("n"))
        #expect(ui.text.contains("Log a contribution") && ui.text.contains("Half"))
        ui.press(.escape, .character("y"))
        #expect(ui.program.modals.isEmpty)
    }

    @Test func invalidInputIsShownBesideItsFieldAndNothingIsSaved() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        let before = try reader(directory).contributions().count
        ui.press(.character("c"), .control("s"))
        #expect(ui.text.contains("! the category is not chosen"))
        // The cursor is on the category now.
        ui.type("g")
        ui.press(.tab)
        ui.press(.control("u"))
        ui.type("2026-12-25")
        ui.press(.control("s"))
        #expect(ui.text.contains("! date 2026-12-25 is in the future"))
        ui.press(.control("u"))
        ui.type("yesterday")
        ui.press(.control("s"))
        #expect(ui.text.contains("! note is empty"))
        if case .form(let form)? = ui.program.modals.top {
            #expect(form.form.fields[form.form.focus].id == RecordForm.Field.note)
        } else {
            Issue.record("the form closed")
        }
        #expect(try reader(directory).contributions().count == before)
    }

    @Test func aSaveThatFailsKeepsTheFormAndSaysWhy() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory, lockTimeout: 0.2)
        ui.press(.character("c"))
        ui.type("s")
        ui.press(.tab, .tab)
        ui.type("Niet verloren gaan")
        // Another kartrekker holds the lock.
        let lock = open(directory.appendingPathComponent(".lock").path, O_RDWR | O_CREAT, 0o600)
        #expect(flock(lock, LOCK_EX) == 0)
        ui.press(.control("s"))
        #expect(ui.text.contains("locked by another kartrekker") && ui.text.contains("Niet verloren gaan"))
        #expect(!ui.text.contains("Saved"))
        flock(lock, LOCK_UN)
        close(lock)
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"))
        #expect(try reader(directory).contributions().contains { $0.note == "Niet verloren gaan" })
    }

    @Test func theWelcomeScreenAddsTheFirstEmployee() throws {
        let directory = UIFixtures.freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("a"))
        ui.type("Fatima El Amrani")
        ui.press(.tab)
        ui.type("Klantcontact")
        ui.press(.control("s"))
        #expect(ui.screen.shownTab == "2 Employees")
        #expect(ui.text.contains("Fatima El Amrani") && ui.text.contains("Saved"))
    }

    @Test func anIdeaLoggedWithItsStatusIsOneRecordWrittenOnce() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"))
        let person = try selectedOnBoard(ui, directory)
        let before = try reader(directory).contributions().count
        ui.press(.character("c"))
        ui.type("i")
        ui.press(.tab, .tab)
        ui.type("Sleutelkastje bij de balie")
        // Channel, values, project, then the idea's status: proposed → adopted.
        ui.press(.tab, .tab, .tab, .tab, .right)
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"))
        let after = try reader(directory).contributions()
        #expect(after.count == before + 1)
        let saved = try #require(after.first { $0.note == "Sleutelkastje bij de balie" })
        #expect(saved.employeeId == person && saved.ideaStatus == .adopted && saved.points == 6)
    }

    @Test func anErrorCoreRaisesAboutAFieldIsShownUnderThatField() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        logSmile("Goed gedaan", in: &ui)
        ui.press(.tab, .tab, .tab)
        // A bidi control pasted into the project: Core refuses it and names the field.
        ui.send(.paste("Project \u{202E}lezeirv"))
        ui.press(.control("s"))
        let lines = ui.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let project = try #require(lines.firstIndex { $0.contains("Project") })
        #expect(lines[project + 1].contains("! project contains a bidi control character"), "\(ui.text)")
        #expect(!ui.text.contains("Saved"))
    }

    @Test func theSavedMessageLeavesTheDataDirectorysNameReadable() throws {
        let directory = try UIFixtures.demoCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        logSmile("Goed gedaan", in: &ui)
        ui.press(.control("s"))
        let status = try #require(ui.text.split(separator: "\n").dropLast().last.map(String.init))
        #expect(status.contains("Saved") && status.contains(" demo-data "), "\(status)")
    }

    @Test func onTheWelcomeScreenLoggingSaysWhatToDoFirst() {
        let directory = UIFixtures.freshDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        #expect(!ui.text.contains("c log") && !ui.text.contains("r recognize"))
        ui.press(.character("c"))
        #expect(ui.text.contains("No one to record for yet: a adds the first employee"))
        #expect(!ui.text.contains("Log a contribution"))
        ui.press(.character("r"))
        #expect(!ui.text.contains("Recognize"))
    }

    @Test func aNewTeamTypedInTheEmployeeFormIsSaidToBeNew() {
        var ui = UIFixtures.session()
        ui.press(.character("2"), .character("a"))
        ui.type("Noor Haddad")
        ui.press(.tab)
        ui.type("Verhuur Oost")
        #expect(ui.text.contains("+ a new team will be made: Verhuur Oost"))
        #expect(!ui.text.contains("No match"))
    }

    @Test func formsFitAt80x24AndEveryFormKeyIsDistinct() throws {
        var ui = UIFixtures.session(try UIFixtures.handBuilt())
        ui.press(.character("r"))
        #expect(ui.program.keyMap.conflicts.isEmpty, "\(ui.program.keyMap.conflicts)")
        for _ in 0..<6 {
            ui.press(.tab)
            #expect(ui.program.keyMap.conflicts.isEmpty, "\(ui.program.keyMap.conflicts)")
        }
        ui.press(.escape)
        ui.press(.character("c"))
        ui.type("i")
        // An idea gets its status field.
        if case .form(let form)? = ui.program.modals.top {
            #expect(form.form.field(RecordForm.Field.ideaStatus) != nil)
        }
        Golden.check(ui.text, "form-log-80x24")
    }
}
