import Foundation
import Testing
import KartrekkerTestSupport
@testable import KartrekkerApp
import KartrekkerCore
#if PostgreSQL
import KartrekkerPostgres
#endif

/// Who may do what, enforced by the database itself: each test signs in as a team lead, as HR
/// and as a role given nothing, and tries through plain SQL as well as through a session.
@Suite(.enabled(if: Backend.available.contains(.postgres), Comment(rawValue: TestDatabase.absent)))
struct PostgresAccessTests {
    #if PostgreSQL
    /// Two teams: Verhuur (Anna: 2 contributions, 1 recognition) and Onderhoud (Jan: 3 and 1).
    /// `lead` leads Verhuur, `hr` is HR, `nobody` was given nothing; all are login roles.
    struct Organisation {
        let owner: Session
        let anna: Employee
        let jan: Employee
        let lead: String
        let hr: String
        let nobody: String

        var ownerStore: PostgresStore { owner.store as! PostgresStore }

        /// A store signed in as `role`.
        func store(as role: String) -> PostgresStore {
            PostgresStore(ownerStore.database.signedIn(as: role))
        }

        /// A session signed in as `role`.
        func session(as role: String) -> Session {
            var configuration = owner.configuration
            configuration.openStore = PostgresStore.opener(ownerStore.database.signedIn(as: role))
            return Session(configuration)
        }
    }

    func organisation() throws -> Organisation {
        let owner = try AppFixtures.session(today: CalendarDate("2026-11-30"), on: .postgres)
        let anna = try owner.addEmployee(EmployeeDraft(name: "Anna de Vries", team: "Verhuur"))
        let jan = try owner.addEmployee(EmployeeDraft(name: "Jan Smit", team: "Onderhoud"))
        for (person, count) in [(anna, 2), (jan, 3)] {
            for index in 0..<count {
                _ = try owner.logContribution(ContributionDraft(employee: person.id, category: .smile, note: "Werk \(index) van \(person.name)"))
            }
            _ = try owner.recognize(RecognitionDraft(employee: person.id, kind: .thanks, message: "Dank, \(person.name)"))
        }
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let organisation = Organisation(owner: owner, anna: anna, jan: jan, lead: "lead_\(suffix)", hr: "hr_\(suffix)", nobody: "nobody_\(suffix)")
        for role in [organisation.lead, organisation.hr, organisation.nobody] {
            try organisation.ownerStore.execute("CREATE ROLE \(role) LOGIN")
        }
        // Typed in another case: the existing team's spelling is kept.
        #expect(try organisation.ownerStore.grantLead(organisation.lead, teams: ["verhuur"]).teams == ["Verhuur"])
        #expect(try organisation.ownerStore.grantHR(organisation.hr).readsEverything)
        return organisation
    }

    /// Whether `sql` is refused by the database as not allowed to this role.
    func refused(_ store: PostgresStore, _ sql: String) -> Bool {
        do {
            try store.execute(sql)
            return false
        } catch let error as KartrekkerError {
            return error.message.contains("may not do this")
        } catch {
            return false
        }
    }

    @Test func aTeamLeadReadsAndWritesOnlyTheirTeamEvenThroughSQL() throws {
        let org = try organisation()
        let lead = org.store(as: org.lead)
        #expect(try lead.count("SELECT count(*)::bigint FROM employees") == 1)
        #expect(try lead.count("SELECT count(*)::bigint FROM contributions") == 2)
        #expect(try lead.count("SELECT count(*)::bigint FROM recognitions") == 1)
        #expect(try lead.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)'") == 0)
        #expect(try lead.count("SELECT count(DISTINCT employee_id)::bigint FROM month_totals") == 1)
        #expect(try lead.accessSummary()?.english == "leads Verhuur" && lead.accessSummary()?.dutch == "leidt Verhuur")
        _ = try org.ownerStore.grantLead(org.lead, teams: ["Nieuwbouw"])
        #expect(try org.session(as: org.lead).assignableTeams() == ["Nieuwbouw", "Verhuur"])
        #expect(try org.owner.assignableTeams() == ["Onderhoud", "Verhuur"])

        // Writing for another team: refused, or touching no row.
        #expect(refused(lead, """
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_by, recorded_at)
            VALUES ('c-sneaky', '\(org.jan.id)', '2026-11-30', 'smile', 'x', 1, 'lead', now())
            """))
        #expect(refused(lead, "INSERT INTO employees (id, name, team) VALUES ('e-sneaky', 'Kees', 'Onderhoud')"))
        #expect(refused(lead, "UPDATE employees SET team = 'Onderhoud' WHERE id = '\(org.anna.id)'"))
        #expect(refused(lead, "DELETE FROM employees WHERE id = '\(org.anna.id)'"))
        try lead.execute("UPDATE contributions SET note = 'overschreven' WHERE employee_id = '\(org.jan.id)'")
        try lead.execute("DELETE FROM recognitions WHERE employee_id = '\(org.jan.id)'")
        #expect(refused(lead, "TRUNCATE contributions"))
        let owner = org.ownerStore
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)' AND note LIKE 'Werk%'") == 3)
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE employee_id = '\(org.jan.id)'") == 1)
        #expect(try owner.count("SELECT count(*)::bigint FROM employees") == 2)

        // Through the program: their team only.
        let session = org.session(as: org.lead)
        #expect(try session.employees(includeArchived: true).employees.map(\.id) == [org.anna.id])
        let board = try session.leaderboard(LeaderboardRequest(period: Period(.all, containing: CalendarDate("2026-11-30")!)))
        #expect(board.rows.map(\.employee.id) == [org.anna.id])
        _ = try session.logContribution(ContributionDraft(employee: org.anna.id, category: .idea, note: "Eigen team"))
        #expect(throws: KartrekkerError.self) {
            _ = try session.logContribution(ContributionDraft(employee: org.jan.id, category: .idea, note: "Ander team"))
        }
        let kees = try session.addEmployee(EmployeeDraft(name: "Kees Bakker", team: "Verhuur"))
        let moved = #expect(throws: KartrekkerError.self) {
            _ = try session.editEmployee(kees.id, EmployeeDraft(team: "Onderhoud"))
        }
        #expect(moved?.message.hasPrefix("\(org.lead) may not do this: it is not for a team \(org.lead) leads") == true, "\(String(describing: moved))")
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions") == 6)
        // Their write kept the totals (as the owner: a lead may not change them directly).
        #expect(try owner.count("SELECT sum(contributions)::bigint FROM month_totals") == 6)
        #expect(refused(lead, "UPDATE month_totals SET points = 0"))
        #expect(try owner.count("SELECT count(*)::bigint FROM employees WHERE team = 'Verhuur'") == 2)
        // Their first person in a team given in another case: the team as given.
        _ = try org.ownerStore.grantLead(org.lead, teams: ["renovatie"])
        let first = try org.session(as: org.lead).addEmployee(EmployeeDraft(name: "Sanne Bakker", team: "Renovatie"))
        #expect(first.team == "renovatie")
        try lead.execute("INSERT INTO employees (id, name, team) VALUES ('e-caps', 'Caps Lock', 'RENOVATIE')")
        #expect(try lead.count("SELECT count(*)::bigint FROM employees WHERE lower(team) = 'renovatie'") == 2)
    }

    @Test func hrReadsEverythingAndChangesNothing() throws {
        let org = try organisation()
        let hr = org.store(as: org.hr)
        #expect(try hr.count("SELECT count(*)::bigint FROM employees") == 2)
        #expect(try hr.count("SELECT count(*)::bigint FROM contributions") == 5)
        #expect(try hr.count("SELECT count(*)::bigint FROM recognitions") == 2)
        #expect(refused(hr, "UPDATE contributions SET note = 'x'"))
        #expect(refused(hr, "DELETE FROM recognitions"))
        #expect(refused(hr, "INSERT INTO employees (id, name, team) VALUES ('e-hr', 'Kees', 'Verhuur')"))
        let session = org.session(as: org.hr)
        #expect(try !session.mayWrite() && org.session(as: org.lead).mayWrite() && org.owner.mayWrite())
        let board = try session.leaderboard(LeaderboardRequest(period: Period(.all, containing: CalendarDate("2026-11-30")!)))
        #expect(Set(board.rows.map(\.employee.id)) == [org.anna.id, org.jan.id])
        let error = #expect(throws: KartrekkerError.self) {
            _ = try session.logContribution(ContributionDraft(employee: org.anna.id, category: .idea, note: "HR schrijft"))
        }
        #expect(error?.message.hasPrefix("\(org.hr) may not do this: the database refused it (permission denied") == true, "\(String(describing: error))")
        #expect(try org.ownerStore.count("SELECT count(*)::bigint FROM contributions") == 5)
    }

    @Test func aRoleGivenNothingReadsNothing() throws {
        let org = try organisation()
        let nobody = org.store(as: org.nobody)
        for table in ["employees", "contributions", "recognitions", "team_leads", "hr_readers"] {
            #expect(refused(nobody, "SELECT count(*) FROM \(table)"), "\(table)")
        }
        #expect(throws: KartrekkerError.self) { _ = try org.session(as: org.nobody).employees(includeArchived: true) }
        // A team lead whose teams were taken is refused everything.
        _ = try org.ownerStore.revoke(org.lead, teams: [])
        #expect(refused(org.store(as: org.lead), "SELECT count(*)::bigint FROM contributions"))
        #expect(try org.ownerStore.access().map(\.role) == [org.hr])
        #expect(try org.store(as: org.lead).accessSummary()?.english == "given nothing yet")
        #expect(try org.store(as: org.hr).accessSummary()?.english == "HR")
        #expect(try org.ownerStore.accessSummary()?.english == "owner")
    }

    @Test func anOwnerWithoutCreateRoleIsToldWhatItNeeds() throws {
        let org = try organisation()  // the group roles exist on the server from here on
        let owner = "owner_" + UUID().uuidString.prefix(8).lowercased()
        try org.ownerStore.execute("CREATE ROLE \(owner) LOGIN")
        let name = "kt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let location = try PostgresStore.createDatabase(name, beside: org.ownerStore.database)
        try PostgresStore(location).execute("ALTER DATABASE \(name) OWNER TO \(owner)")
        let store = PostgresStore(location.signedIn(as: owner))
        #expect(try store.migrate() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try store.seesEverything())
        let refused = #expect(throws: KartrekkerError.self) { _ = try store.grantLead(org.lead, teams: ["Verhuur"]) }
        #expect(refused?.message == "the role \(owner) may not give roles the group kartrekker_team_lead", "\(String(describing: refused))")
        #expect(refused?.details.first?.contains("CREATEROLE") == true)
        #expect(try store.access().isEmpty)
    }

    @Test func workReachingEveryTeamNeedsTheOwner() throws {
        let org = try organisation()
        let lead = org.session(as: org.lead)
        let erasing = #expect(throws: KartrekkerError.self) { _ = try lead.erase(org.anna.id) }
        #expect(erasing?.message.contains("needs the database's owner") == true, "\(String(describing: erasing))")
        #expect(try !lead.mayLoadDemo() && org.owner.mayLoadDemo())
        // The organisation's settings and its purge are the owner's; every role reads them.
        let settings = #expect(throws: KartrekkerError.self) { _ = try lead.setBoard("ranks") }
        #expect(settings?.message.contains("only the database's owner changes the organisation's settings") == true)
        #expect(throws: KartrekkerError.self) { _ = try lead.purge(before: CalendarDate("2020-01-01")!) }
        #expect(refused(org.store(as: org.lead), "INSERT INTO settings VALUES ('board', 'teams')"))
        _ = try org.owner.setBoard("teams")
        #expect(try lead.settings().board == .teams && org.session(as: org.hr).settings().board == .teams)
        #expect(throws: KartrekkerError.self) { _ = try org.store(as: org.lead).access() }
        #expect(throws: KartrekkerError.self) { _ = try org.store(as: org.lead).grantLead(org.lead, teams: ["Onderhoud"]) }
        let missing = #expect(throws: KartrekkerError.self) { _ = try org.ownerStore.grantHR("no_such_role_kt") }
        #expect(missing?.message.contains("has no role") == true)

        // The owner erases across every team: no row holds the person afterwards.
        _ = try org.owner.recognize(RecognitionDraft(employee: org.jan.id, kind: .thanks, message: "Samen met Anna de Vries gedaan"))
        _ = try org.owner.erase(org.anna.id)
        let owner = org.ownerStore
        #expect(try owner.count("SELECT count(*)::bigint FROM employees WHERE id = '\(org.anna.id)'") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.anna.id)'") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE employee_id = '\(org.anna.id)'") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE message LIKE '%Anna%'") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE employee_id = '\(org.jan.id)'") == 2)
    }
    #endif
}
