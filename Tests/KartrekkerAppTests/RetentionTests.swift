import Foundation
import KartrekkerPort
import Testing
import KartrekkerTestSupport
@testable import KartrekkerApp
import KartrekkerCore
import KartrekkerStore

/// A retention period and the purge of what is older, on both stores.
@Suite struct RetentionTests {
    @Test(arguments: Backend.available) func aPurgeRemovesWhatIsOlderAndWhatOnlyItKept(on backend: Backend) throws {
        let session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: backend)
        defer { AppFixtures.remove(session) }
        let anna = try session.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let gone = try session.addEmployee(EmployeeDraft(name: "Kees Oud", team: "Verhuur"))
        let old = try session.logContribution(ContributionDraft(employee: anna.id, category: .smile, note: "Oud", date: CalendarDate("2020-05-04")))
        _ = try session.logContribution(ContributionDraft(employee: gone.id, category: .goal, note: "Lang geleden", date: CalendarDate("2020-06-01")))
        _ = try session.recognize(RecognitionDraft(employee: gone.id, kind: .thanks, message: "Dank", date: CalendarDate("2020-06-02")))
        let recent = try session.logContribution(ContributionDraft(employee: anna.id, category: .goal, note: "Nieuw", date: CalendarDate("2026-11-02")))
        // A later recognition for an old contribution and a new one.
        let thanks = try session.recognize(RecognitionDraft(employee: anna.id, kind: .compliment, message: "Goed", date: CalendarDate("2026-11-03"),
                                                            contributionIDs: [old.id, recent.id]))
        _ = try session.setArchived(gone.id, true)

        // No period, no date: said what to give.
        let unset = #expect(throws: KartrekkerError.self) { _ = try session.purgeDay(before: nil) }
        #expect(unset?.message.contains("config retention") == true)
        #expect(try session.retentionNotice() == nil)
        #expect(try session.setRetention("5y").retention == RetentionPeriod("5y"))
        #expect(try session.settings().retention == RetentionPeriod("5y"))
        let day = try session.purgeDay(before: nil)
        #expect(day == CalendarDate("2021-11-30"))
        #expect(try session.retentionNotice()?.english.hasPrefix("2 contributions and 1 recognition are older than the retention period (5 years: dated before 2021-11-30)") == true)
        #expect(try session.retentionNotice()?.dutch.hasPrefix("2 bijdragen en 1 waardering zijn ouder dan de bewaartermijn (5 jaar: van vóór 2021-11-30)") == true)

        // A dry run says what would go and changes nothing.
        let plan = try session.purgePlan(before: day)
        #expect(plan == Purge(before: day, contributions: 2, recognitions: 1, links: 1, employees: ["Kees Oud"], backups: plan.backups))
        #expect(try session.contributions().count == 3)
        let done = try session.purge(before: day)
        #expect(done.contributions == 2 && done.recognitions == 1 && done.links == 1 && done.employees == ["Kees Oud"])
        let fresh = Session(session.configuration)
        #expect(try fresh.contributions().map(\.id) == [recent.id])
        #expect(try fresh.recognitions().map(\.id) == [thanks.id])
        #expect(try fresh.recognition(id: thanks.id).contributionIds == [recent.id])
        #expect(try fresh.employees(includeArchived: true).employees.map(\.id) == [anna.id])
        #expect(try fresh.settings().purgedBefore == day)
        #expect(try fresh.retentionNotice() == nil)
        #expect(fresh.purgeNotice(for: nil) == "records before 2021-11-30 were purged")
        // Boards agree with what is left.
        let board = try fresh.leaderboard(LeaderboardRequest(period: Period(.all, containing: CalendarDate("2026-11-30")!)))
        #expect(board.rows.map(\.employee.id) == [anna.id] && board.rows.first?.score == recent.points)
        #expect(try fresh.purge(before: day).isEmpty)
        // A purge that removes nothing tells the boards nothing either.
        #expect(try fresh.purge(before: CalendarDate("2022-06-30")!).isEmpty)
        #expect(try fresh.settings().purgedBefore == day)
        #expect(try fresh.setRetention("off").retention == nil)
        #expect(throws: KartrekkerError.self) { _ = try fresh.setRetention("vijf jaar") }
    }
}

/// A person's own data (art. 15 and 20): the export lists exactly what an erasure removes or
/// redacts, on both stores.
@Suite struct PersonalExportTests {
    func ids(_ value: Any?) -> Set<String> {
        Set(((value as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
    }

    @Test(arguments: Backend.available) func theExportListsWhatTheErasureRemovesOrRedacts(on backend: Backend) throws {
        let directory = try AppFixtures.session(today: CalendarDate("2026-11-30"))
        defer { AppFixtures.remove(directory) }
        let jan = try directory.addEmployee(EmployeeDraft(name: "Jan Bos", team: "Wijkbeheer", email: "jan.bos@woonstad.nl"))
        let eva = try directory.addEmployee(EmployeeDraft(name: "Eva Smit", team: "Verhuur"))
        _ = try directory.addEmployee(EmployeeDraft(name: "Piet Maat", team: "Verhuur", role: "Maatje van Jan Bos"))
        let lead = AppFixtures.session(as: "Jan Bos", beside: directory)
        _ = try directory.logContribution(ContributionDraft(employee: jan.id, category: .goal, note: "Eigen doel"))
        _ = try directory.recognize(RecognitionDraft(employee: jan.id, kind: .thanks, message: "Dank, Jan"))
        _ = try lead.logContribution(ContributionDraft(employee: eva.id, category: .smile, note: "Bewoner geholpen"))
        _ = try directory.logContribution(ContributionDraft(employee: eva.id, category: .idea, note: "Samen met JAN BOS bedacht"))
        _ = try directory.recognize(RecognitionDraft(employee: eva.id, kind: .compliment, message: "Vragen? jan.bos@woonstad.nl"))
        _ = try directory.logContribution(ContributionDraft(employee: eva.id, category: .goal, note: "Niets over hem"))
        let session: Session
        if backend == .postgres {
            session = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
            _ = try directory.copyEverything(to: session.store)
        } else {
            session = directory
        }

        let text = try session.personalExport(of: jan.id).json
        let export = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let mentions = try #require(export["mentions"] as? [[String: Any]])
        let recorded = try #require(export["recorded"] as? [[String: Any]])
        func listed(_ entries: [[String: Any]], _ kind: String) -> Set<String> {
            Set(entries.filter { $0["in"] as? String == kind }.compactMap { $0["id"] as? String })
        }
        #expect(ids(export["contributions"]).count == 1 && ids(export["recognitions"]).count == 1)
        #expect(listed(mentions, "contribution").count == 1 && listed(mentions, "recognition").count == 1)
        #expect(mentions.filter { $0["in"] as? String == "employee" }.map { $0["text"] as? String } == ["Maatje van Jan Bos"])
        #expect(listed(recorded, "contribution").count == 1 && listed(recorded, "recognition").isEmpty)
        // Nothing that identifies a colleague: neither Eva's id nor her name.
        #expect(!text.contains(eva.id) && !text.contains("Eva Smit") && !text.contains("Piet Maat"))

        let before = (contributions: try session.contributions(), recognitions: try session.recognitions(),
                      employees: try session.employees(includeArchived: true).employees)
        _ = try session.erase(jan.id)
        let after = (contributions: try session.contributions(), recognitions: try session.recognitions(),
                     employees: try session.employees(includeArchived: true).employees)
        func removed<T: Identifiable>(_ old: [T], _ new: [T]) -> Set<T.ID> { Set(old.map(\.id)).subtracting(new.map(\.id)) }
        func changed<T: Identifiable & Equatable>(_ old: [T], _ new: [T]) -> Set<T.ID> {
            Set(new.filter { item in old.first { $0.id == item.id }.map { $0 != item } ?? false }.map(\.id))
        }
        #expect(removed(before.contributions, after.contributions) == ids(export["contributions"]))
        #expect(removed(before.recognitions, after.recognitions) == ids(export["recognitions"]))
        #expect(changed(before.contributions, after.contributions) == listed(mentions, "contribution").union(listed(recorded, "contribution")))
        #expect(changed(before.recognitions, after.recognitions) == listed(mentions, "recognition").union(listed(recorded, "recognition")))
        #expect(changed(before.employees, after.employees).count == mentions.filter { $0["in"] as? String == "employee" }.count)
    }
}
