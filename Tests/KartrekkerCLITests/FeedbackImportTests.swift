import Foundation
import Testing

/// Residents' praise from a survey's export as a bureau delivers it: Dutch headers, a
/// byte-order mark, semicolons, CRLF, a time after the date, decimal commas, names in the
/// comment or in a column, and names that fit more than one person.
@Suite struct FeedbackImportTests {
    static let survey = "\u{FEFF}Respondentnr;Datum ingevuld;Proces;Rapportcijfer;Toelichting;Naam medewerker\r\n"
        + "1001;03-11-2026 14:22;Reparatieverzoeken;9;\"Anna de Vries van de reparatiedienst was geweldig; binnen een dag gemaakt\";\r\n"
        + "1002;04-11-2026;Nieuwe huurders;6;Het duurde lang voordat iemand kwam;\r\n"
        + "1003;05-11-2026;Reparatieverzoeken;10;Top service!;\r\n"
        + "1004;06-11-2026;Vertrokken huurders;8,5;\"Mevrouw De Vries hielp bij de eindinspectie\";\r\n"
        + "1005;07-11-2026;Klantcontact;9;Snel geholpen aan de telefoon;Bram Bos\r\n"
        + "1006;08-11-2026;Wijkschouw;9/10;\"Dank aan dhr. Bos, hij dacht echt mee\";\r\n"
        + "1007;09-11-2026;Reparatieverzoeken;9;\"Meneer Bos en Anna de Vries kwamen samen\";\r\n"

    func organisation() throws -> (CLI, anna: String, bram: String, file: URL) {
        let cli = CLI()
        let anna = try cli.ok("employee", "add", "Anna de Vries", "--team", "Onderhoud")
        _ = try cli.ok("employee", "add", "Dirk de Vries", "--team", "Verhuur")
        let bram = try cli.ok("employee", "add", "Bram Bos", "--team", "Klantcontact")
        let file = cli.directory.deletingLastPathComponent().appendingPathComponent("enquete-\(UUID().uuidString).csv")
        try Data(FeedbackImportTests.survey.utf8).write(to: file)
        return (cli, anna, bram, file)
    }

    @Test func answersNamingOnePersonBecomeTheirPraiseAndTheRestIsListedWithWhy() throws {
        let (cli, anna, bram, file) = try organisation()
        defer { try? FileManager.default.removeItem(at: file) }
        let dry = try cli.ok("import", "feedback", file.path, "--dry-run")
        #expect(dry.contains("Would record 3 residents' praise") && dry.contains("(dry run: nothing was changed)"), "\(dry)")
        #expect(try cli.ok("contribution", "list", "--category", "praise").contains("No contributions match"))
        let out = try cli.ok("import", "feedback", file.path)
        #expect(out.contains("skipped line 3: score 6 is below 8: not praise"), "\(out)")
        #expect(out.contains("skipped line 4: names no employee"), "\(out)")
        #expect(out.contains("skipped line 5: names more than one employee (Anna de Vries, Dirk de Vries)"), "\(out)")
        #expect(out.contains("skipped line 8: names more than one employee (Anna de Vries, Bram Bos)"), "\(out)")
        #expect(out.contains("line 7: contact moment \"Wijkschouw\" is not one kartrekker knows; recorded without one"), "\(out)")
        #expect(out.hasSuffix("Recorded 3 residents' praise from \(file.path) (from 8 of 10); skipped 4."), "\(out)")
        let praise = try #require(try cli.run("contribution", "list", "--category", "praise", "--format", "json").json as? [[String: Any]])
        #expect(praise.map { $0["employeeId"] as? String } == [bram, bram, anna])
        #expect(praise.map { $0["date"] as? String } == ["2026-11-08", "2026-11-07", "2026-11-03"])
        #expect(praise.map { $0["contactMoment"] as? String } == [nil, "algemeen-contact", "reparatieverzoek"])
        #expect(praise.last?["note"] as? String == "Anna de Vries van de reparatiedienst was geweldig; binnen een dag gemaakt")
        #expect(praise.allSatisfy { $0["points"] as? Int == 3 && $0["category"] as? String == "praise" })
        // Again: nothing twice.
        let again = try cli.ok("import", "feedback", file.path)
        #expect(again.contains("skipped line 2: imported before") && again.contains("Recorded 0 residents' praise"), "\(again)")
        #expect((try cli.run("contribution", "list", "--category", "praise", "--format", "json").json as? [[String: Any]])?.count == 3)
        #expect(try cli.ok("check").hasPrefix("ok: "))
    }

    @Test func aBadLineRefusesTheWholeFileNamingEveryBadLine() throws {
        let (cli, _, _, file) = try organisation()
        defer { try? FileManager.default.removeItem(at: file) }
        let broken = FeedbackImportTests.survey.replacingOccurrences(of: "1003;05-11-2026", with: "1003;31-02-2026")
            .replacingOccurrences(of: "Vertrokken huurders;8,5", with: "Vertrokken huurders;hoog")
        try Data(broken.utf8).write(to: file)
        let error = try cli.fails(["import", "feedback", file.path])
        #expect(error.contains("has 2 bad rows; nothing was imported"), "\(error)")
        #expect(error.contains("line 4: date \"31-02-2026\" is not a date") && error.contains("line 5: score \"hoog\" is not a score"), "\(error)")
        #expect(try cli.ok("contribution", "list", "--category", "praise").contains("No contributions match"))
        try Data("datum,cijfer\n2026-11-03,9\n".utf8).write(to: file)
        #expect(try cli.fails(["import", "feedback", file.path]).contains("the header has no comment column"))
        // In Dutch, on a scale of five.
        try Data("date,rating,comment\n2026-11-03,5,Anna de Vries was super\n2026-11-04,3,Anna de Vries kwam niet\n".utf8).write(to: file)
        let dutch = try cli.ok("import", "feedback", file.path, "--lang", "nl")
        #expect(dutch.contains("overgeslagen regel 3: cijfer 3 is lager dan 4: geen lof") && dutch.contains("1 keer lof van een bewoner vastgelegd"),
                "\(dutch)")
    }
}
