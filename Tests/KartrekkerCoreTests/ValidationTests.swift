import Foundation
import Testing
@testable import KartrekkerCore

@Suite struct ValidationTests {
    let today = day("2026-11-29")
    let now = Date(timeIntervalSince1970: 1_796_000_000)
    let anna = person("e-anna", "Anna")

    func log(_ note: String = "Helped a resident", date: String = "2026-11-29", values: [String] = [],
             project: String? = nil, employee: Employee? = nil) throws -> Contribution {
        try Records.contribution(id: "c-1", employee: employee ?? anna, date: day(date), category: .smile, note: note,
                                 values: values, project: project, today: today, recordedBy: "lead", recordedAt: now)
    }

    @Test func textIsTrimmedAndEmptyIsRefused() throws {
        #expect(try log("  Fixed the lift \n").note == "Fixed the lift")
        #expect(throws: KartrekkerError("note is empty; it is required")) { try log("   ") }
        let employee = try Records.employee(id: "e", name: " Anna de Vries ", team: "\tKlantcontact ", role: " ", email: "")
        #expect(employee.name == "Anna de Vries" && employee.team == "Klantcontact")
        #expect(employee.role == nil && employee.email == nil)
        #expect(throws: KartrekkerError.self) { try Records.employee(id: "e", name: "", team: "A") }
        #expect(throws: KartrekkerError.self) { try Records.employee(id: "e", name: "Anna", team: " ") }
    }

    @Test func lengthsAreCountedInCharacters() throws {
        let hundred = String(repeating: "é", count: 100)
        #expect(try Records.employee(id: "e", name: hundred, team: "A").name == hundred)
        #expect(throws: KartrekkerError("name is 101 characters long; at most 100 are allowed")) {
            try Records.employee(id: "e", name: hundred + "x", team: "A")
        }
        #expect(throws: KartrekkerError("team is 101 characters long; at most 100 are allowed")) {
            try Records.employee(id: "e", name: "A", team: String(repeating: "t", count: 101))
        }
        #expect(try log(String(repeating: "n", count: 2000)).note.count == 2000)
        #expect(throws: KartrekkerError("note is 2001 characters long; at most 2000 are allowed")) {
            try log(String(repeating: "n", count: 2001))
        }
        let message = String(repeating: "m", count: 2001)
        #expect(throws: KartrekkerError("message is 2001 characters long; at most 2000 are allowed")) {
            try Records.recognition(id: "r", employee: anna, date: today, kind: .thanks, message: message, today: today,
                                    recordedBy: "lead", recordedAt: now)
        }
    }

    @Test(arguments: [
        ("\u{1B}[31mred", "a control character (U+001B)"), ("tab\there", "a control character (U+0009)"),
        ("del\u{7F}", "a control character (U+007F)"), ("c1\u{85}", "a control character (U+0085)"),
        ("nul\u{0}", "a control character (U+0000)"), ("evil\u{202E}txt", "a bidi control character (U+202E)"),
        ("iso\u{2066}late", "a bidi control character (U+2066)"), ("pop\u{2069}", "a bidi control character (U+2069)"),
    ])
    func controlAndBidiCharactersAreRefusedNamingTheField(text: String, what: String) {
        #expect(throws: KartrekkerError("name contains \(what); remove it")) {
            try Records.employee(id: "e", name: text, team: "A")
        }
        #expect(throws: KartrekkerError("team contains \(what); remove it")) {
            try Records.employee(id: "e", name: "A", team: text)
        }
        #expect(throws: KartrekkerError("note contains \(what); remove it")) { try log(text) }
        #expect(throws: KartrekkerError("message contains \(what); remove it")) {
            try Records.recognition(id: "r", employee: anna, date: today, kind: .thanks, message: text, today: today,
                                    recordedBy: "lead", recordedAt: now)
        }
    }

    @Test func newlinesInsideTextAreRefusedToo() {
        #expect(throws: KartrekkerError("note contains a control character (U+000A); remove it")) { try log("one\ntwo") }
    }

    @Test func futureDatesAreRefused() throws {
        #expect(try log(date: "2026-11-29").date == today)
        #expect(throws: KartrekkerError("date 2026-11-30 is in the future (today is 2026-11-29); record what has happened")) {
            try log(date: "2026-11-30")
        }
        #expect(throws: KartrekkerError.self) {
            try Records.recognition(id: "r", employee: anna, date: day("2027-01-01"), kind: .gift, message: "x",
                                    today: today, recordedBy: "lead", recordedAt: now)
        }
    }

    @Test func archivedEmployeesGetNoNewRecords() {
        let archived = person("e-old", "Oud", archived: true)
        #expect(throws: KartrekkerError("Oud (e-old) is archived; restore them before adding a contribution")) {
            try log(employee: archived)
        }
        #expect(throws: KartrekkerError("Oud (e-old) is archived; restore them before adding a recognition")) {
            try Records.recognition(id: "r", employee: archived, date: today, kind: .thanks, message: "x", today: today,
                                    recordedBy: "lead", recordedAt: now)
        }
    }

    @Test func valuesAreTrimmedLowerCasedAndUnique() throws {
        #expect(try log(values: [" Betrokken", "betrokken ", "Oplossingsgericht"]).values == ["betrokken", "oplossingsgericht"])
        #expect(throws: KartrekkerError.self) { try log(values: [" "]) }
        #expect(throws: KartrekkerError.self) { try log(values: ["a\u{1B}"]) }
        #expect(try log(project: "  ").project == nil)
        #expect(try log(project: " Renovatie Zuid ").project == "Renovatie Zuid")
    }

    @Test func emailAddressesAreChecked() throws {
        #expect(try Validation.email(" anna@woonstad.nl ") == "anna@woonstad.nl")
        for bad in ["anna", "anna@", "@woonstad.nl", "anna@woonstad", "an na@woonstad.nl", "a@b@c.nl"] {
            #expect(throws: KartrekkerError.self) { try Validation.email(bad) }
        }
    }

    @Test func recognitionsAreForTheEmployeesOwnEarlierContributions() throws {
        let own = contribution("e-anna", "2026-11-20")
        let other = contribution("e-bert", "2026-11-20")
        let later = contribution("e-anna", "2026-11-29")
        let made = try Records.recognition(id: "r", employee: anna, date: day("2026-11-28"), kind: .compliment,
                                           message: "Well done", contributions: [own, own], today: today,
                                           recordedBy: "lead", recordedAt: now)
        #expect(made.contributionIds == [own.id])
        #expect(made.visibility == .public)
        #expect(throws: KartrekkerError.self) {
            try Records.recognition(id: "r", employee: anna, date: today, kind: .thanks, message: "x",
                                    contributions: [other], today: today, recordedBy: "lead", recordedAt: now)
        }
        #expect(throws: KartrekkerError.self) {
            try Records.recognition(id: "r", employee: anna, date: day("2026-11-28"), kind: .thanks, message: "x",
                                    contributions: [later], today: today, recordedBy: "lead", recordedAt: now)
        }
    }

    @Test func onlyIdeasHaveAStatus() throws {
        let idea = contribution("a", "2026-11-01", .idea)
        #expect(try Records.withStatus(idea, .implemented).points == 6)
        #expect(throws: KartrekkerError.self) { try Records.withStatus(contribution("a", "2026-11-01", .smile), .adopted) }
    }

    @Test func limitsCountCodePointsAsTheSchemasDo() throws {
        // One character to the eye, two million code points (4 MB) to the schema.
        let heavy = "a" + String(repeating: "\u{301}", count: 2_000_000)
        #expect(heavy.count == 1)
        let error = #expect(throws: KartrekkerError.self) { try Validation.name(heavy, field: .name) }
        #expect(error?.message == "name is 2000001 characters long (counting each accent or mark on its own; 1 as shown); at most 100 are allowed")
        #expect(error?.message(in: .dutch) == "naam is 2000001 tekens lang (elk accent of teken apart geteld; 1 zoals getoond); er mogen er hoogstens 100 zijn")
        #expect(throws: KartrekkerError.self) { try Validation.requiredText(String(repeating: "e\u{301}", count: 1001), field: .note, maxLength: 2000) }
        #expect(try Validation.requiredText(String(repeating: "é", count: 2000), field: .note, maxLength: 2000).count == 2000)
        #expect(Validation.storedTextProblem("Anna\u{7}", maxLength: 100)?.english == "contains a control character (U+0007), which the schema does not allow")
        #expect(Validation.storedTextProblem("Anna", maxLength: 100) == nil)
    }

    @Test func everyErrorAboutAFieldNamesItAsAType() throws {
        func field(_ body: () throws -> Any) -> RecordField? {
            do { _ = try body() } catch let error as KartrekkerError { return error.field } catch {}
            return nil
        }
        #expect(field { try Records.employee(id: "e", name: " ", team: "T") } == .name)
        #expect(field { try Records.employee(id: "e", name: "Anna", team: "T\u{200B}x") } == .team)
        #expect(field { try Records.employee(id: "e", name: "Anna", team: "T", role: "\u{7}") } == .role)
        #expect(field { try Records.employee(id: "e", name: "Anna", team: "T", email: "anna") } == .email)
        #expect(field { try Validation.valueTags(["a;b"]) } == .values)
        #expect(field { try log(employee: person("e-old", "Oud", archived: true)) } == .employee)
        #expect(field { try Validation.pastOrToday(today.adding(days: 1), today: today) } == .date)
        #expect(field { try Records.withStatus(contribution("a", "2026-11-01", .smile), .adopted) } == .ideaStatus)
        #expect(field { try Records.contribution(id: "c", employee: person("e-1", "Anna"), date: today, category: .smile, note: "x",
                                                  ideaStatus: .adopted, today: today, recordedBy: "lead", recordedAt: now) } == .ideaStatus)
        #expect(field { try EmployeeDirectory([person("e-1", "Anna")]).resolve("Piet") } == .employee)
    }

    @Test func anIdeaMayStartWithItsStatus() throws {
        let idea = try Records.contribution(id: "c", employee: person("e-1", "Anna"), date: today, category: .idea, note: "x",
                                            ideaStatus: .implemented, today: today, recordedBy: "lead", recordedAt: now)
        #expect(idea.ideaStatus == .implemented && idea.points == 6)
    }
}
