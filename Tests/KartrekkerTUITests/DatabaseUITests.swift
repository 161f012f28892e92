import Foundation
import KartrekkerApp
import KartrekkerCore
import Testing
import KartrekkerTestSupport
@testable import KartrekkerTUI
import TerminalKit
#if PostgreSQL
import KartrekkerPostgres
#endif

/// The terminal UI on the organisation's database, signed in as a team lead.
@Suite(.enabled(if: TestDatabase.address != nil, Comment(rawValue: TestDatabase.absent)))
struct DatabaseUITests {
    #if PostgreSQL
    @Test func aTeamLeadSeesTheirTeamAndTheUIComesBackAfterTheServerEndsItsConnections() throws {
        let location = try TestDatabase.fresh()
        let owner = PostgresStore(location)
        try owner.migrate()
        var configuration = UIFixtures.configuration(UIFixtures.freshDirectory())
        configuration.openStore = PostgresStore.opener(location, pooled: true)
        _ = try Session(configuration).loadDemo()
        let role = "ui_lead_" + UUID().uuidString.prefix(8).lowercased()
        try owner.execute("CREATE ROLE \(role) LOGIN")
        _ = try owner.grantLead(role, teams: ["Verhuur"])
        let verhuur = try Session(configuration).employees(team: "Verhuur").employees
        let others = try Session(configuration).employees().employees.filter { $0.team != "Verhuur" }
        #expect(!verhuur.isEmpty && !others.isEmpty)

        var lead = configuration
        lead.openStore = PostgresStore.opener(location.signedIn(as: role), pooled: true)
        var ui = ScriptedSession(KartrekkerUI(configuration: lead, directoryLabel: "\(location.description) · leads Verhuur"),
                                 size: Size(width: 120, height: 40))
        ui.press(.character("2"))
        #expect(verhuur.allSatisfy { ui.text.contains($0.name) }, "\(ui.text)")
        #expect(!others.contains { ui.text.contains($0.name) })

        // The server ends every connection of the role (a restart, an administrator).
        let deadline = Date().addingTimeInterval(10)
        var open = 1
        while open > 0, Date() < deadline {
            _ = try owner.count("SELECT count(pg_terminate_backend(pid, 5000))::bigint FROM pg_stat_activity WHERE usename = '\(role)'")
            open = try owner.count("SELECT count(*)::bigint FROM pg_stat_activity WHERE usename = '\(role)'")
        }
        #expect(open == 0)
        // The next screens load on new connections: no error, the lead's board.
        ui.press(.character("3"))
        #expect(ui.program.problem == nil)
        #expect(ui.text.contains("RANK NAME") && verhuur.contains { ui.text.contains($0.name) }, "\(ui.text)")
        #expect(!others.contains { ui.text.contains($0.name) })
        // Another's write, once heard, shows.
        _ = try Session(configuration).logContribution(ContributionDraft(employee: verhuur[0].id, category: .smile, note: "Na de herstart gelogd"))
        ui.press(.character("4"))
        ui.send(.dataChanged)
        #expect(ui.text.contains("Na de herstart gelogd"), "\(ui.text)")
    }
    #endif
}
