import Foundation
import Testing
@testable import KartrekkerCore

/// The rules of the resident's side of a record: amounts in euros, contact moments by key or
/// name, a story only behind a smile or a step beyond, a reason only for a decline, an amount
/// only on a gift or a bonus, and the version a record needs.
@Suite struct ResidentsVoiceTests {
    let today = day("2026-11-29")
    let now = Date(timeIntervalSince1970: 1_796_000_000)
    let anna = person("e-anna", "Anna")

    @Test func eurosAreReadAsPeopleTypeThemAndKeptInCents() {
        let read: [(String, Int?)] = [("25", 2500), ("25.5", 2550), ("25,50", 2550), ("€ 12,50", 1250), ("€7", 700), ("1.250,00", 125_000),
                                      ("1,250.00", 125_000), ("0", 0), ("0,05", 5), ("12.345", nil), ("-5", nil), ("1,2,3", nil),
                                      ("12.505", nil), ("abc", nil), ("", nil), ("1.25.0", nil), ("100000000", nil), ("1.000,00", 100_000), ("1.000.000", nil), ("99.999,99", 9_999_999)]
        for (text, cents) in read { #expect(Euros(text)?.cents == cents, "\(text)") }
        #expect(Euros(cents: 1250).description == "12.50" && Euros(cents: 5).description == "0.05" && Euros(cents: 125_000).dutchDecimal == "1250,00")
        #expect(Euros("10")! + Euros("2,5")! == Euros(cents: 1250))
    }

    @Test func aContactMomentIsNamedByItsKeyOrEitherLanguagesName() {
        let known = ContactMoment.all(custom: ["Wijkschouw", "reparatieverzoek"])
        #expect(known.count == 7, "the sector's six, and the organisation's own once")
        for typed in ["reparatieverzoek", "Repair request", "REPARATIEVERZOEK", "repair-request", "huur opzeggen/vertrek", "moving out", "wijkschouw"] {
            #expect(ContactMoment.named(typed, among: known) != nil, "\(typed)")
        }
        #expect(ContactMoment.named("moving out", among: known)?.key == "huur-opzeggen")
        #expect(ContactMoment.named("kantine", among: known) == nil && ContactMoment.named("  ", among: known) == nil)
        // The journey's order first, then the organisation's own by name.
        #expect(known.sorted().map(\.key).prefix(2) == ["woning-zoeken", "nieuwe-huurder"] && known.sorted().last?.key == "Wijkschouw")
    }

    @Test func aStoryIsForASmileOrAStepBeyondAndIsCheckedPartByPart() throws {
        func log(_ category: KartrekkerCore.Category, _ story: SmileStory?) throws -> Contribution {
            try Records.contribution(id: "c-1", employee: anna, date: today, category: category, note: "Geholpen", story: story,
                                     today: today, recordedBy: "lead", recordedAt: now)
        }
        let told = try log(.beyond, SmileStory(problem: "  Lekkage  ", action: "", cost: Euros("10"), outcome: nil))
        #expect(told.story == SmileStory(problem: "Lekkage", cost: Euros("10")) && told.needsVersion2)
        #expect(try log(.smile, SmileStory(problem: " ", action: "")).story == nil, "nothing told is no story")
        #expect(try !log(.smile, nil).needsVersion2)
        #expect(throws: KartrekkerError.self) { try log(.idea, SmileStory(problem: "x")) }
        do {
            _ = try log(.smile, SmileStory(action: "a\u{202E}b"))
            Issue.record("a bidi override in a story is refused")
        } catch let error as KartrekkerError {
            #expect(error.field == .storyAction)
        }
        // A category without stories drops the story when a correction moves it there.
        let moved = try Records.editedContribution(told, category: .goal, today: today)
        #expect(moved.story == nil)
    }

    @Test func aReasonGoesWithADeclineAndAnAmountWithAGiftOrABonus() throws {
        let idea = try Records.contribution(id: "c-2", employee: anna, date: today, category: .idea, note: "Idee", today: today,
                                            recordedBy: "lead", recordedAt: now)
        let declined = try Records.withStatus(idea, .declined, reason: " Te duur ")
        #expect(declined.declineReason == "Te duur" && declined.needsVersion2)
        #expect(try Records.withStatus(declined, .declined).declineReason == "Te duur", "declined again without a reason keeps it")
        #expect(try Records.withStatus(declined, .adopted).declineReason == nil)
        #expect(throws: KartrekkerError.self) { try Records.withStatus(idea, .adopted, reason: "Goed") }
        func recognize(_ kind: RecognitionKind, _ amount: String?) throws -> Recognition {
            try Records.recognition(id: "r-1", employee: anna, date: today, kind: kind, message: "Dank", amount: amount.flatMap(Euros.init),
                                    today: today, recordedBy: "lead", recordedAt: now)
        }
        #expect(try recognize(.gift, "25").amount == Euros("25") && recognize(.bonus, "100").needsVersion2)
        #expect(try recognize(.gift, "0").amount == nil && !recognize(.thanks, nil).needsVersion2)
        #expect(throws: KartrekkerError.self) { try recognize(.thanks, "5") }
    }

    @Test func theContractsShapeStaysExactUntilARecordHasALaterField() throws {
        let plain = try Records.contribution(id: "c-3", employee: anna, date: today, category: .smile, note: "x", today: today,
                                             recordedBy: "lead", recordedAt: now)
        guard case .object(let fields) = OutputShape.contribution(plain) else { Issue.record("an object"); return }
        #expect(fields.map(\.key) == OutputShape.contributionKeys)
        var told = plain
        told.contactMoment = ContactMoment(key: "onderhoud")
        told.story = SmileStory(outcome: "Opgelost")
        guard case .object(let more) = OutputShape.contribution(told) else { Issue.record("an object"); return }
        #expect(more.map(\.key) == OutputShape.contributionKeys + ["contactMoment", "storyOutcome"])
        // What is written is what is read back.
        let data = try JSONEncoder().encode(told)
        #expect(try JSONDecoder().decode(Contribution.self, from: data) == told)
    }
}
