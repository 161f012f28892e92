import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange
import TerminalKit
import Testing
@testable import KartrekkerTUI

/// The resident's side in the terminal UI: a smile's story through the form, the Stories view,
/// the contact moment filters, a declined idea's reason, a gift's amount on the page.
@Suite struct ResidentsVoiceScriptTests {
    func reader(_ directory: URL) -> Session { Session(UIFixtures.configuration(directory)) }

    @Test func aSmilesStoryIsToldThroughTheFormAndShownInTheStoriesView() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"))
        ui.press(.character("c"))
        ui.type("s")
        ui.press(.tab, .tab)
        ui.type("Lekkage bij meneer Kramer opgelost")
        // Channel, values, project, then the contact moment: the third of the journey.
        ui.press(.tab, .tab, .tab, .tab, .right, .right, .right)
        #expect(ui.text.contains("‹ repair request ›"), "\(ui.text)")
        // The story's parts follow, each may stay empty; a cost that is no amount is said.
        ui.press(.tab)
        ui.type("Drie weken lekkage in de badkamer")
        ui.press(.tab)
        ui.type("Zelf de loodgieter gebeld")
        ui.press(.tab)
        ui.type("veel")
        ui.press(.control("s"))
        #expect(ui.text.contains("not an amount in euros"), "\(ui.text)")
        ui.press(.backspace, .backspace, .backspace, .backspace)
        ui.type("45,50")
        ui.press(.tab)
        ui.type("Dezelfde middag droog")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        let saved = try #require(try reader(directory).contributions().first { $0.note == "Lekkage bij meneer Kramer opgelost" })
        #expect(saved.contactMoment?.key == "reparatieverzoek")
        #expect(saved.story == SmileStory(problem: "Drie weken lekkage in de badkamer", action: "Zelf de loodgieter gebeld",
                                          cost: Euros(cents: 4550), outcome: "Dezelfde middag droog"))
        // The Stories view of the month: newest first, the selected one told whole.
        ui.press(.character("S"))
        #expect(ui.text.contains(" Stories · November 2026") && ui.text.contains("2 stories"), "\(ui.text)")
        let rows = ui.screen.tableRows(under: "DATE")
        #expect(rows.first?.contains("Drie weken lekkage") == true && rows.last?.contains("Schimmel in de slaapkamer") == true, "\(rows)")
        #expect(ui.text.contains("What they did") && ui.text.contains("€45.50") && ui.text.contains("Dezelfde middag droog"), "\(ui.text)")
        // One contact moment at a time (M), then Enter opens the person, whose page tells it too.
        ui.press(.character("M"))
        #expect(ui.text.contains("looking for a home") && ui.text.contains("No stories in this period"), "\(ui.text)")
        ui.press(.character("M"), .character("M"))
        #expect(ui.text.contains("repair request · 2 stories"), "\(ui.text)")
        ui.press(.enter)
        #expect(ui.text.contains("│ What went wrong") && ui.text.contains("€45.50"), "\(ui.text)")
    }

    @Test func theBoardAndTheActivityFilterByContactMoment() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"), .character("M"), .character("M"), .character("M"))
        // Only Anna's smile of November was a repair request.
        #expect(ui.text.contains("repair request"), "\(ui.text)")
        #expect(ui.screen.column("NAME", under: "RANK") == ["Anna de Vries"], "\(ui.text)")
        ui.press(.character("4"), .character("M"), .character("M"), .character("M"), .character("M"), .character("M"), .character("M"))
        #expect(ui.text.contains("general contact"), "\(ui.text)")
        let rows = ui.screen.tableRows(under: "DATE")
        #expect(rows.count == 1 && rows[0].contains("geluidsoverlast"), "\(rows)")
    }

    @Test func aDeclineAsksWhyAndTheIdeasViewSaysIt() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("I"))
        // The waiting proposal first; i, then declined (three steps on), and the reason asked.
        ui.press(.character("i"), .right, .right, .right)
        #expect(ui.text.contains("Why declined"), "\(ui.text)")
        ui.press(.tab)
        ui.type("Past niet in de begroting")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        let idea = try #require(try reader(directory).contributions().first { $0.note.hasPrefix("Voorstel: vaste monteur") })
        #expect(idea.ideaStatus == .declined && idea.declineReason == "Past niet in de begroting")
        #expect(ui.text.contains("declined because: Past niet"), "\(ui.text)")
    }

    @Test func aGiftsAmountIsAskedForAGiftAndTheYearsTotalShowsOnThePage() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"), .character("r"))
        #expect(!ui.text.contains("Amount (€)"), "a thank-you has no amount")
        // Kind is the second field: a gift asks for its amount.
        ui.press(.backTab, .backTab)
        ui.press(.right, .right)
        #expect(ui.text.contains("Amount (€)"), "\(ui.text)")
        ui.press(.tab)
        ui.type("25,00")
        ui.press(.tab, .tab)
        ui.type("Bloemen voor de inzet")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        let given = try #require(try reader(directory).recognitions().first { $0.message == "Bloemen voor de inzet" })
        #expect(given.kind == .gift && given.amount == Euros(cents: 2500))
        ui.press(.enter)
        #expect(ui.text.contains("gifts 2026: €25.00"), "\(ui.text)")
    }

    @Test func aResidentsPraiseWaitsOnTheDashboardAndIsRecognizedInTwoKeys() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        let survey = "datum;cijfer;toelichting\n28-11-2026;9;\"Mevrouw Koç loste het in één keer op\"\n"
        let outcome = try reader(directory).importFeedback(try FeedbackImport(data: Data(survey.utf8), file: "enquete.csv"), dryRun: false)
        let praise = try #require(outcome.added.first)
        var ui = UIFixtures.session(directory)
        #expect(ui.text.contains("resident's praise"), "\(ui.text)")
        // → to the block (its first row is the praise), r: the recognition for it, filled in.
        ui.press(.right)
        #expect(ui.screen.selectedRows.first?.contains("Esra Koç") == true, "\(ui.text)")
        ui.press(.character("r"))
        #expect(ui.text.contains("resident praised you: Mevrouw Koç") && ui.text.contains("For         1 contribution"), "\(ui.text)")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        #expect(try reader(directory).recognitions().contains { $0.contributionIds == [praise.id] })
        #expect(!ui.text.contains("resident's praise"), "thanked: no longer waiting\n\(ui.text)")
    }

    @Test func theResidentsScoresViewSetsScoresBesideTheEffortAndTakesANewScore() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("R"))
        #expect(ui.text.contains("Residents' scores · 2026-Q1 – 2026-Q4"), "\(ui.text)")
        let repair = try #require(ui.text.split(separator: "\n").first { $0.contains("repair request") })
        #expect(repair.contains("–") && repair.hasSuffix("1"), "one smile named it this quarter\n\(ui.text)")
        // The selected moment's score, typed in: s, the score, Ctrl-S.
        ui.press(.down, .down, .character("s"))
        #expect(ui.text.contains("A residents' score") && ui.text.contains("2026-Q4") && ui.text.contains("‹ repair request ›"), "\(ui.text)")
        ui.type("7,8")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved: 2026-Q4 repair request 7.8"), "\(ui.text)")
        #expect(try reader(directory).residentScores() == [ResidentScore(quarter: "2026-Q4", contactMoment: ContactMoment(key: "reparatieverzoek"),
                                                                         score: 7.8)])
        #expect(ui.text.split(separator: "\n").first { $0.contains("repair request") }?.contains("7.8") == true, "\(ui.text)")
        #expect(ui.text.contains("Lowest latest score: repair request."), "\(ui.text)")
        // A score that is none says so in the form.
        ui.press(.character("s"))
        ui.type("elf")
        ui.press(.control("s"))
        #expect(ui.text.contains("not a score from 0 to 10"), "\(ui.text)")
    }

    @Test func creditIsSharedThroughTheFormAndEachPageShowsItsShare() throws {
        let directory = try UIFixtures.handBuilt()
        defer { try? FileManager.default.removeItem(at: directory) }
        var ui = UIFixtures.session(directory)
        ui.press(.character("3"))
        let person = try #require(ui.screen.selectedRows.first)
        ui.press(.character("c"))
        ui.type("g")
        ui.press(.tab, .tab)
        ui.type("Samen de lift weer aan de praat")
        // Channel, values, project, contact moment, then who shares the credit.
        ui.press(.tab, .tab, .tab, .tab, .tab)
        ui.type("Esra")
        #expect(ui.text.contains("Esra Koç (Onderhoud)"), "\(ui.text)")
        ui.press(.control("s"))
        #expect(ui.text.contains("Saved"), "\(ui.text)")
        let shares = try reader(directory).contributions().filter { $0.note == "Samen de lift weer aan de praat" }
        #expect(shares.count == 2 && shares.allSatisfy { $0.points == 2 && $0.with.count == 1 }, "\(shares)")
        // A form left without one records the one person only.
        ui.press(.character("c"))
        ui.type("g")
        ui.press(.tab, .tab)
        ui.type("Alleen gedaan")
        ui.press(.control("s"))
        #expect(try reader(directory).contributions().filter { $0.note == "Alleen gedaan" }.map(\.with) == [[]])
        // The page of the one selected says with whom (Hanna leads the month's board).
        #expect(person.contains("Hanna Sewnarain"))
        ui.press(.enter)
        #expect(ui.text.contains("with Esra Koç"), "\(ui.text)")
    }

    @Test func theWordsNameEachContactMomentAsTheCommandLineReadsIt() {
        for moment in ContactMoment.builtIn {
            #expect(Strings.english.contactMoment(moment) == moment.englishName && Strings.dutch.contactMoment(moment) == moment.dutchName)
            #expect(ContactMoment.named(Strings.dutch.contactMoment(moment), among: ContactMoment.builtIn) == moment)
        }
    }
}
