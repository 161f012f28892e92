import Foundation
import KartrekkerPort
import Testing
import KartrekkerTestSupport
@testable import KartrekkerApp
import KartrekkerCore
import KartrekkerStore
#if PostgreSQL
import KartrekkerPostgres
#endif

@Suite struct SessionTests {
    @Test(arguments: Backend.available) func todayRollsOverAtMidnightAndRecordedAtIsTheMomentOfTheWrite(on backend: Backend) throws {
        let clock = TestClock(AppFixtures.monday)
        let session = try AppFixtures.session(clock: clock, on: backend)
        defer { AppFixtures.remove(session) }
        #expect(session.today == CalendarDate("2026-11-30"))
        let person = try session.addEmployee(EmployeeDraft(name: "Fatima El Amrani", team: "Klantcontact"))
        let first = try session.logContribution(ContributionDraft(employee: person.id, category: .smile, note: "Lekkage"))
        #expect(first.date == CalendarDate("2026-11-30"))
        #expect(first.recordedAt == AppFixtures.monday)
        // Fifteen hours later it is Tuesday: the same session has a new today.
        clock.advance(by: 15 * 3600)
        #expect(session.today == CalendarDate("2026-12-01"))
        let second = try session.logContribution(ContributionDraft(employee: person.id, category: .goal, note: "Doel"))
        #expect(second.date == CalendarDate("2026-12-01"))
        #expect(second.recordedAt == AppFixtures.monday + 15 * 3600)
        // On a database, who recorded it is the role that wrote it (the database sets it).
        #expect(second.recordedBy == (backend == .postgres ? session.recorder : "tester"))
    }

    @Test(arguments: Backend.available) func aFixedTodayStaysFixedWhileNowMoves(on backend: Backend) throws {
        let clock = TestClock(AppFixtures.monday)
        let session = try AppFixtures.session(today: CalendarDate("2026-06-15"), clock: clock, on: backend)
        clock.advance(by: 3 * 86400)
        #expect(session.today == CalendarDate("2026-06-15"))
        #expect(session.configuration.clock.now() == AppFixtures.monday + 3 * 86400)
    }

    @Test func configurationFromTheEnvironment() throws {
        let configuration = try SessionConfiguration(dataDir: "/tmp/kt-x", environment: [
            "KARTREKKER_TODAY": "2026-11-27", "KARTREKKER_USER": "  marieke ", "KARTREKKER_LOCK_TIMEOUT": "3.5",
        ])
        #expect(configuration.dataDirectory.path == "/tmp/kt-x")
        #expect(configuration.clock.today() == CalendarDate("2026-11-27"))
        #expect(configuration.user == "marieke")
        #expect(configuration.lockTimeout == 3.5)
        #expect(try SessionConfiguration(dataDir: nil, environment: ["USER": "evil\u{1B}", "HOME": "/h"]).user == "unknown")
        #expect(throws: KartrekkerError.self) { try SessionConfiguration(dataDir: nil, environment: ["KARTREKKER_TODAY": "3000-01-01"]) }
        #expect(throws: KartrekkerError.self) { try SessionConfiguration(dataDir: nil, environment: ["KARTREKKER_LOCK_TIMEOUT": "-1"]) }
        // Not finite, or past a day: said, not crashed on (the database's lock_timeout is in ms).
        for text in ["inf", "1e300", "nan", "86401"] {
            let error = #expect(throws: KartrekkerError.self) { try SessionConfiguration(dataDir: nil, environment: ["KARTREKKER_LOCK_TIMEOUT": text]) }
            #expect(error?.message.contains("from 0 to 86400") == true, "\(text)")
        }
        #expect(try SessionConfiguration(dataDir: nil, environment: ["KARTREKKER_LOCK_TIMEOUT": "86400"]).lockTimeout == 86400)
    }

    @Test(arguments: Backend.available) func addingADuplicateNameIsATypedErrorUnlessAllowed(on backend: Backend) throws {
        let session = try AppFixtures.session(on: backend)
        defer { AppFixtures.remove(session) }
        let first = try session.addEmployee(EmployeeDraft(name: "Çelik Yılmaz", team: "Klantcontact"))
        let error = #expect(throws: DuplicateNameError.self) {
            _ = try session.addEmployee(EmployeeDraft(name: "celik yilmaz", team: "Verhuur"))
        }
        #expect(error?.existing.id == first.id)
        let second = try session.addEmployee(EmployeeDraft(name: "celik yilmaz", team: "Verhuur"), allowDuplicate: true)
        #expect(try session.employees().employees.map(\.id).sorted() == [first.id, second.id].sorted())
    }

    @Test(arguments: Backend.available) func editingChecksDuplicatesOnlyWhenTheNameChanges(on backend: Backend) throws {
        let session = try AppFixtures.session(on: backend)
        defer { AppFixtures.remove(session) }
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna", team: "Verhuur"))
        _ = try session.addEmployee(EmployeeDraft(name: "Anna", team: "Onderhoud"), allowDuplicate: true)
        // Her name stays (only its case changes): no duplicate question.
        let edited = try session.editEmployee(anna.id, EmployeeDraft(name: "ANNA", team: "Wijkbeheer"))
        #expect(edited.team == "Wijkbeheer")
        let bram = try session.addEmployee(EmployeeDraft(name: "Bram", team: "Verhuur"))
        #expect(throws: DuplicateNameError.self) { _ = try session.editEmployee(bram.id, EmployeeDraft(name: "anna")) }
        #expect(try session.employee(bram.id).name == "Bram")
    }

    @Test(arguments: Backend.available) func aPersonsWishesAreKeptAndFollowedOnEveryStore(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let bram = try session.addEmployee(EmployeeDraft(name: "Bram Yılmaz", team: "Verhuur", onBoard: false, praise: .private))
        #expect(!bram.onBoard && bram.praise == .private)
        for person in [anna, bram] {
            _ = try session.logContribution(ContributionDraft(employee: person.id, category: .smile, note: "Glimlach"))
        }
        // Read back as stored, by a session of its own.
        let fresh = Session(session.configuration)
        let stored = try #require(try fresh.store.employee(id: bram.id))
        #expect(!stored.onBoard && stored.praise == .private)
        #expect(try fresh.store.employee(id: anna.id).map { $0.onBoard && $0.praise == .public } == true)
        let board = try fresh.leaderboard(LeaderboardRequest(period: fresh.period(.month, at: nil)))
        #expect(board.rows.map(\.employee.id) == [anna.id] && board.notShown == 1)
        // Recognitions follow the person's wish unless given otherwise.
        #expect(try fresh.recognize(RecognitionDraft(employee: bram.id, kind: .thanks, message: "Dank")).visibility == .private)
        #expect(try fresh.recognize(RecognitionDraft(employee: bram.id, kind: .thanks, message: "Dank", visibility: .public)).visibility == .public)
        #expect(try fresh.recognize(RecognitionDraft(employee: anna.id, kind: .thanks, message: "Dank")).visibility == .public)
        // Changed back, and only what the draft names changes.
        let back = try fresh.editEmployee(bram.id, EmployeeDraft(onBoard: true))
        #expect(back.onBoard && back.praise == .private)
        #expect(try Session(session.configuration).leaderboard(LeaderboardRequest(period: fresh.period(.month, at: nil))).notShown == 0)
    }

    @Test(arguments: Backend.available) func archivingSaysWhenNothingChanged(on backend: Backend) throws {
        let session = try AppFixtures.session(on: backend)
        defer { AppFixtures.remove(session) }
        let person = try session.addEmployee(EmployeeDraft(name: "Kees Bakker", team: "Onderhoud"))
        #expect(try session.setArchived("kees", true).changed)
        let again = try session.setArchived(person.id, true)
        #expect(!again.changed && again.employee.archived)
        #expect(try session.employees().employees.isEmpty)
        #expect(try session.employees(includeArchived: true).employees.count == 1)
        #expect(throws: KartrekkerError.self) {
            _ = try session.logContribution(ContributionDraft(employee: person.id, category: .goal, note: "x"))
        }
        #expect(try session.setArchived(person.id, false).changed)
    }

    @Test(arguments: Backend.available) func recognizingLinksContributionsAndDeletingUnlinksThem(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        let person = try session.addEmployee(EmployeeDraft(name: "Sanne Visser", team: "Verhuur"))
        let idea = try session.logContribution(ContributionDraft(employee: person.id, category: .idea, note: "Terugbellen",
                                                                 date: CalendarDate("2026-10-20")))
        #expect(idea.points == 3)
        #expect(try session.setIdeaStatus(idea.id, .adopted).points == 6)
        let thanks = try session.recognize(RecognitionDraft(employee: "sanne", kind: .thanks, message: "Goed idee",
                                                           contributionIDs: [idea.id]))
        #expect(thanks.contributionIds == [idea.id])
        #expect(try session.recognitions(pointingTo: idea.id).map(\.id) == [thanks.id])
        let deletion = try session.deleteContribution(idea.id)
        #expect(deletion.unlinkedRecognitionIDs == [thanks.id])
        #expect(try session.recognition(id: thanks.id).contributionIds.isEmpty)
        #expect(throws: KartrekkerError.self) { _ = try session.contribution(id: idea.id) }
    }

    @Test(arguments: Backend.available) func theDemoReplacesEverythingOnlyWhenAskedAndReportsProgress(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        #expect(try session.isEmpty())
        var steps: [Int] = []
        var last = (0, 0)
        let summary = try session.loadDemo(progress: { done, total in
            steps.append(done)
            last = (done, total)
            #expect(done <= total)
        })
        #expect(summary.employees == 24)
        // Files for a data directory, rows for a database: always forward, ending at the total.
        #expect(steps == steps.sorted() && Set(steps).count == steps.count && steps.count > 2 && last.0 == last.1)
        #expect(throws: NotEmptyError.self) { _ = try session.loadDemo() }
        #expect(try session.employees(includeArchived: true).employees.count == 24)
        // `check` through the session reads whichever store it is on: a data directory's files,
        // a database's rows (the session no longer opens a data directory for it).
        let report = try session.check()
        #expect(report.isSound && report.employees == 24, "\(report.problems)")
        #expect(session.checkSummary(report).hasSuffix(session.storeDescription), "\(session.checkSummary(report))")
    }

    @Test(arguments: Backend.available) func anErasureLeavesNoTraceOfThePersonInAnyRecord(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let jan = try session.addEmployee(EmployeeDraft(name: "Jan Smit", team: "Onderhoud"))
        let hers = try session.logContribution(ContributionDraft(employee: anna.id, category: .smile, note: "Bewoner geholpen"))
        _ = try session.recognize(RecognitionDraft(employee: anna.id, kind: .thanks, message: "Dank", contributionIDs: [hers.id]))
        let his = try session.logContribution(ContributionDraft(employee: jan.id, category: .beyond, note: "Samen met Anna de Vries opgelost"))
        _ = try session.recognize(RecognitionDraft(employee: jan.id, kind: .compliment, message: "Goed gedaan, met anna de vries"))
        let plan = try session.erasurePlan(of: anna.id)
        #expect(plan.contributions == 1 && plan.recognitions == 1 && plan.mentions == 2)
        #expect(try session.employees(includeArchived: true).employees.count == 2)
        let erased = try session.erase(anna.id)
        #expect(erased.contributions == 1 && erased.recognitions == 1 && erased.mentions == 2)
        let fresh = Session(session.configuration)
        #expect(try fresh.employees(includeArchived: true).employees.map(\.id) == [jan.id])
        let everything = try fresh.exportAll()
        let text = JSONWriter.string(.array(everything.contributions.map(OutputShape.contribution)
                                            + everything.recognitions.map(OutputShape.recognition)))
        #expect(!text.lowercased().contains("anna") && !text.contains(anna.id))
        #expect(try fresh.contribution(id: his.id).note == "Samen met \(Erasure.redaction) opgelost")
        #expect(throws: KartrekkerError.self) { try fresh.erase(anna.id) }
    }

    #if PostgreSQL
    @Test(.enabled(if: Backend.available.contains(.postgres), Comment(rawValue: TestDatabase.absent)))
    func anErasureOnTheDatabaseLeavesNoRowWithTheIdNameOrAddress() throws {
        // Records Jan entered as a team lead, moved from a data directory into the database.
        let directory = try AppFixtures.session(today: CalendarDate("2026-11-30"))
        defer { AppFixtures.remove(directory) }
        let jan = try directory.addEmployee(EmployeeDraft(name: "Jan Bos", team: "Wijkbeheer", email: "Jan.Bos@woonstad.nl"))
        let eva = try directory.addEmployee(EmployeeDraft(name: "Eva Smit", team: "Verhuur"))
        let lead = AppFixtures.session(as: "Jan Bos", beside: directory)
        _ = try lead.logContribution(ContributionDraft(employee: eva.id, category: .smile, note: "Bewoner geholpen"))
        _ = try lead.recognize(RecognitionDraft(employee: eva.id, kind: .thanks, message: "Dank je"))
        _ = try directory.logContribution(ContributionDraft(employee: eva.id, category: .goal, note: "Mail jan.bos@WOONSTAD.nl gerust"))
        _ = try directory.logContribution(ContributionDraft(employee: jan.id, category: .goal, note: "Eigen werk"))
        let database = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        _ = try directory.copyEverything(to: database.store)
        let store = try #require(database.store as? PostgresStore)
        #expect(try store.count("SELECT count(*)::bigint FROM contributions WHERE recorded_by = 'Jan Bos'") == 1)

        let erased = try database.erase(jan.id)
        #expect(erased.contributions == 1 && erased.mentions == 3)
        // Every row of every table of kartrekker's, as text.
        for table in ["employees", "contributions", "recognitions", "month_totals", "team_leads", "hr_readers", "schema_version"] {
            let found = try store.count("""
                SELECT count(*)::bigint FROM \(table) t
                WHERE t::text LIKE '%\(jan.id)%' OR lower(t::text) LIKE '%jan bos%' OR lower(t::text) LIKE '%jan.bos@woonstad.nl%'
                """)
            #expect(found == 0, "\(table) holds Jan")
        }
        #expect(try store.count("SELECT count(*)::bigint FROM contributions WHERE recorded_by = '[erased]'") == 1)
        #expect(try store.count("SELECT count(*)::bigint FROM contributions WHERE note = 'Mail [erased] gerust'") == 1)
        // Nobody else's: Eva's records and who else recorded them stand.
        #expect(try store.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(eva.id)'") == 2)
        #expect(try store.count("SELECT count(*)::bigint FROM contributions WHERE recorded_by = 'tester'") == 1)
    }
    #endif

    @Test(.enabled(if: Backend.available.contains(.postgres), Comment(rawValue: TestDatabase.absent)))
    func aDataDirectoryMovesIntoAnEmptyDatabaseWithTheSameBoards() throws {
        let directory = try AppFixtures.session(today: CalendarDate("2026-11-30"))
        defer { AppFixtures.remove(directory) }
        _ = try directory.loadDemo()
        let database = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        var steps = 0
        let copy = try directory.copyEverything(to: database.store) { _, _ in steps += 1 }
        let expected = try directory.contributions().count
        #expect(copy.employees == 24 && copy.contributions == expected && steps > 0)
        #expect(copy.boardsCompared > 5)
        let board = try directory.dashboard().board
        #expect(try database.dashboard().board == board)
        // Into a store that is not empty: refused, nothing changed.
        let error = #expect(throws: KartrekkerError.self) { _ = try directory.copyEverything(to: database.store) }
        #expect(error?.message.contains("copies only into an empty store") == true)
        #expect(try database.contributions().count == expected)
    }
}
