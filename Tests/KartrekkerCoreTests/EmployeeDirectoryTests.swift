import Testing
@testable import KartrekkerCore

@Suite struct EmployeeDirectoryTests {
    let directory = EmployeeDirectory([
        person("e-1", "Çelik Yılmaz"), person("e-2", "Anna de Vries"), person("e-3", "Anna Bakker"),
        person("e-4", "Jan Jansen"), person("e-5", "Jan Jansen", team: "Verhuur"), person("e-6", "Søren Noë"),
    ])

    @Test func resolvesIDsWholeNamesAndUniquePrefixes() throws {
        #expect(try directory.resolve("e-2").id == "e-2")
        #expect(try directory.resolve("celik yilmaz").id == "e-1")
        #expect(try directory.resolve("ÇELIK").id == "e-1")
        #expect(try directory.resolve("anna de").id == "e-2")
        #expect(try directory.resolve("soren noe").id == "e-6")
        #expect(try directory.resolve(" Søren ").id == "e-6")
    }

    @Test func ambiguousReferencesListTheCandidates() {
        do {
            _ = try directory.resolve("anna")
            Issue.record("expected an ambiguity")
        } catch let error as KartrekkerError {
            #expect(error.message.contains("matches 2 employees"))
            #expect(error.details.count == 2)
            #expect(error.details.contains { $0.hasPrefix("e-2") && $0.contains("Anna de Vries") })
            #expect(error.details.contains { $0.hasPrefix("e-3") && $0.contains("Anna Bakker") })
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: KartrekkerError.self) { try directory.resolve("Jan Jansen") }
    }

    @Test func unknownReferencesSuggestNearNames() {
        #expect(throws: KartrekkerError("no employee matches \"Piet\"")) { try directory.resolve("Piet") }
        do {
            _ = try directory.resolve("celk yilmz")
            Issue.record("expected no match")
        } catch let error as KartrekkerError {
            #expect(error.message.contains("did you mean"))
            #expect(error.details.first?.hasPrefix("e-1") == true, "\(error.details)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(EmployeeDirectory.distance("kitten", "sitting") == 3)
        do {
            _ = try directory.resolve("vries")
            Issue.record("expected no match")
        } catch let error as KartrekkerError {
            #expect(error.details.first?.hasPrefix("e-2") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func duplicateNamesAndTeams() throws {
        #expect(directory.employee(named: "CELIK yilmaz")?.id == "e-1")
        #expect(directory.employee(named: "Çelik Yılmaz", except: "e-1") == nil)
        #expect(directory.employee(named: "Nobody") == nil)
        #expect(directory.teams == ["Klantcontact", "Verhuur"])
        #expect(try directory.team(matching: "verhuur") == "Verhuur")
        #expect(throws: KartrekkerError.self) { try directory.team(matching: "Onderhoud") }
        #expect(directory.sortedByName.map(\.id) == ["e-3", "e-2", "e-1", "e-4", "e-5", "e-6"])
    }
}
