import Foundation
import KartrekkerCore
import Testing
@testable import KartrekkerExchange

@Suite struct EmployeeImportTests {
    func parse(_ text: String) throws -> EmployeeImport {
        try EmployeeImport(data: Data(text.utf8), file: "staff.csv")
    }

    @Test func commaLFWithEnglishHeaders() throws {
        let result = try parse("name,team,role,email,start\nAnna de Vries,Wijkbeheer,Opzichter,anna@woonstad.nl,2020-03-01\n")
        #expect(result.rows.count == 1)
        let anna = result.rows[0].employee
        #expect(anna.name == "Anna de Vries" && anna.team == "Wijkbeheer" && anna.role == "Opzichter")
        #expect(anna.email == "anna@woonstad.nl" && anna.startDate == CalendarDate("2020-03-01"))
    }

    @Test func semicolonBOMAndCRLFWithDutchHeadersInAnyOrder() throws {
        let text = "\u{FEFF}Team;E-mail;NAAM;Startdatum;Functie\r\n"
            + "Klantcontact;;\"Çelik; Yılmaz\";1-3-2020;\"Klant\r\nadviseur\"\r\n"
            + "Verhuur;noe@woonstad.nl;\"Noë \"\"Nono\"\" Jansen\";;\r\n"
        let result = try parse(text)
        #expect(result.rows.map(\.employee.name) == ["Çelik; Yılmaz", "Noë \"Nono\" Jansen"])
        #expect(result.rows.map(\.line) == [2, 4])
        #expect(result.rows[0].employee.role == "Klant adviseur")
        #expect(result.rows[0].employee.startDate == CalendarDate("2020-03-01"))
        #expect(result.rows[1].employee.email == "noe@woonstad.nl" && result.rows[1].employee.startDate == nil)
    }

    @Test func windows1252TextAsOlderExcelWritesIt() throws {
        var bytes = Data("naam;team\r\nNo".utf8)
        bytes.append(0xEB) // ë in Windows-1252
        bytes.append(contentsOf: Array(";Verhuur\r\n".utf8))
        let result = try EmployeeImport(data: bytes, file: "oud.csv")
        #expect(result.rows.first?.employee.name == "Noë")
    }

    @Test func aFileOfUTF8ButForOneWindows1252LineIsRefusedAtThatLine() throws {
        var bytes = Data("naam;team\nJosé Álvarez;Verhuur\nAnna;Onderhoud\nNo".utf8)
        bytes.append(0xEB) // ë in Windows-1252, pasted into a UTF-8 file
        bytes.append(contentsOf: Array(";Verhuur\n".utf8))
        let error = #expect(throws: KartrekkerError.self) { try EmployeeImport(data: bytes, file: "gemengd.csv") }
        #expect(error?.message.hasPrefix("gemengd.csv:4: this line is not UTF-8, though the file holds UTF-8 elsewhere") == true, "\(String(describing: error))")
        // UTF-8 throughout: José stays José.
        let clean = try EmployeeImport(data: Data("naam;team\nJosé Álvarez;Verhuur\n".utf8), file: "goed.csv")
        #expect(clean.rows.first?.employee.name == "José Álvarez")
        // Neither: bytes Windows-1252 leaves undefined.
        var neither = Data("naam;team\nX".utf8)
        neither.append(0x81)
        neither.append(contentsOf: Array(";Verhuur\n".utf8))
        let refused = #expect(throws: KartrekkerError.self) { try EmployeeImport(data: neither, file: "vreemd.csv") }
        #expect(refused?.message.contains("vreemd.csv:2") == true, "\(String(describing: refused))")
    }

    @Test func everyBadRowIsNamedByLine() {
        let text = "name,team,email,start\nGoed,Team,,\n,Team,,\nAnna,,,\nBert,Team,bert,\nCor,Team,,31-02-2020\nDirk,Team\u{1B},,\nEva,Team,,,extra\n"
        do {
            _ = try parse(text)
            Issue.record("expected bad rows")
        } catch let error as KartrekkerError {
            #expect(error.message == "staff.csv has 6 bad rows; nothing was imported")
            #expect(error.details == [
                "line 3: name is empty; it is required",
                "line 4: team is empty; it is required",
                "line 5: email \"bert\" is not an e-mail address (name@example.nl)",
                "line 6: start \"31-02-2020\" is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                "line 7: team contains a control character (U+001B); remove it",
                "line 8: 5 fields, but the header has 4",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func headersThatDoNotFitAreRefused() {
        #expect(throws: KartrekkerError.self) { try parse("naam,afdeling2\nAnna,X\n") }
        #expect(throws: KartrekkerError.self) { try parse("name,team,naam\nAnna,X,Y\n") }
        #expect(throws: KartrekkerError.self) { try parse("") }
        #expect(throws: KartrekkerError.self) { try EmployeeImport(data: Data([0xFF, 0xFE, 0x00]), file: "x.csv") }
    }

    @Test func unknownColumnsAndBlankLinesAreLeftOut() throws {
        let result = try parse("Personeelsnummer,name,team\n12,Anna,A\n\n,,\n13,Bert,B\n")
        #expect(result.rows.map(\.employee.name) == ["Anna", "Bert"])
        #expect(result.rows.map(\.line) == [2, 5])
        #expect(result.ignoredColumns == ["Personeelsnummer"])
    }

    @Test func existingNamesAreSkipped() throws {
        let result = try parse("name,team\nAnna,A\nBERT,B\nanna,C\nCor,C\n")
        let plan = result.plan(existing: EmployeeDirectory([Employee(id: "e-1", name: "Bert", team: "B")]))
        #expect(plan.new.map(\.employee.name) == ["Anna", "Cor"])
        #expect(plan.skipped.map(\.line) == [3, 4])
    }
}
