import Foundation
import Testing
@testable import KartrekkerApp
import KartrekkerCore
#if PostgreSQL
import KartrekkerPostgres
#endif

/// A colleague with a grudge and the login a team lead, HR or a revoked lead gets: each test
/// plays the attack through the role's own connection, in plain SQL with objects of its own,
/// and then looks, as the owner, at what it achieved.
extension PostgresAccessTests {
    #if PostgreSQL
    /// Runs `sql` as far as the database lets it; an attack's step may well be refused.
    func attempt(_ store: PostgresStore, _ sql: String) {
        _ = try? store.execute(sql)
    }

    /// The teams the owner sees `role` given.
    func teams(of role: String, _ org: Organisation) throws -> [String] {
        try org.ownerStore.access().first { $0.role == role }?.teams ?? []
    }

    @Test func aLeadsTemporaryTablesDoNotStandInForTheRealOnes() throws {
        let org = try organisation()
        // Even where someone gave the lead temporary tables (kartrekker's migration takes them
        // from PUBLIC): kartrekker's functions read only kartrekker's tables.
        let database = org.ownerStore.database.database
        #expect(try org.ownerStore.count("SELECT has_database_privilege('\(org.lead)', '\(database)', 'TEMP')::int") == 0)
        try org.ownerStore.execute("GRANT TEMPORARY ON DATABASE \(database) TO \(org.lead)")
        let lead = org.store(as: org.lead)
        attempt(lead, "CREATE TEMP TABLE employees (id text, name text, team text)")
        attempt(lead, "INSERT INTO pg_temp.employees VALUES ('\(org.jan.id)', 'Jan Smit', 'Verhuur')")
        attempt(lead, "CREATE TEMP TABLE team_leads (role_name name, team text)")
        attempt(lead, "INSERT INTO pg_temp.team_leads VALUES (current_user, 'Onderhoud'), (current_user, 'Verhuur')")
        #expect(refused(lead, """
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_at)
            VALUES ('c-forged', '\(org.jan.id)', '2026-11-30', 'smile', 'Vijfhonderd punten', 500, now())
            """))

        // A temporary month_totals with a trigger of hers, for the owner's trigger to run.
        attempt(lead, """
            CREATE TEMP TABLE month_totals (employee_id text, month date, points bigint, contributions bigint, recognitions bigint,
                                            PRIMARY KEY (employee_id, month))
            """)
        attempt(lead, """
            CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO public.team_leads VALUES (session_user, 'Onderhoud');
                EXECUTE format('GRANT pg_execute_server_program TO %I', session_user);
                RETURN NULL;
            END $$
            """)
        attempt(lead, "CREATE TRIGGER escalate AFTER INSERT ON pg_temp.month_totals FOR EACH ROW EXECUTE FUNCTION pg_temp.escalate()")
        try lead.execute("""
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_at)
            VALUES ('c-own', '\(org.anna.id)', '2026-11-30', 'smile', 'Eigen team', 3, now())
            """)
        let owner = org.ownerStore
        #expect(try teams(of: org.lead, org) == ["Verhuur"])
        #expect(try owner.count("SELECT pg_has_role('\(org.lead)', 'pg_execute_server_program', 'MEMBER')::int") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)'") == 3)
        // Her own write kept the real totals.
        #expect(try owner.count("SELECT contributions FROM month_totals WHERE employee_id = '\(org.anna.id)'") == 3)
    }

    @Test func everyFunctionKartrekkerMakesHasItsSearchPathPinned() throws {
        let org = try organisation()
        let owner = org.ownerStore
        let ours = "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
        #expect(try owner.count("SELECT count(*)::bigint \(ours)") >= 3)
        // Pinned to the catalog, with temporary objects last, in every function.
        #expect(try owner.count("SELECT count(*)::bigint \(ours) AND p.proconfig IS DISTINCT FROM ARRAY['search_path=pg_catalog, pg_temp']") == 0)
        #expect(try owner.count("SELECT count(*)::bigint \(ours) AND has_function_privilege('public', p.oid, 'EXECUTE')") == 0)
        // Only the totals' triggers run as the owner (a lead may not write the totals herself),
        // and the look for a lead's own share beside a share she credits across teams (a policy
        // on contributions may not read contributions); that one reads and writes nothing else.
        #expect(try owner.count("SELECT count(*)::bigint \(ours) AND p.prosecdef AND p.proname NOT LIKE '%\\_totals' AND p.proname <> 'beside_own_share'") == 0)
        #expect(try owner.count("SELECT count(*)::bigint \(ours) AND p.proname = 'beside_own_share' AND p.provolatile = 's'") == 1)
        // Nobody but the owner may create in the schema or make temporary tables.
        #expect(try owner.count("SELECT has_schema_privilege('public', 'public', 'CREATE')::int") == 0)
        #expect(try owner.count("SELECT has_database_privilege('public', current_database(), 'TEMP')::int") == 0)
        for role in [org.lead, org.hr, org.nobody] {
            #expect(try owner.count("SELECT has_database_privilege('\(role)', current_database(), 'TEMP')::int") == 0, "\(role)")
        }
        // `check` says where that no longer holds (a database whose owner did not migrate, say).
        #expect(try owner.check().isSound)
        let database = owner.database.database
        try owner.execute("GRANT TEMPORARY ON DATABASE \(database) TO PUBLIC")
        try owner.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
        try owner.execute("ALTER FUNCTION leads_employee(text) RESET search_path")
        let gaps = try owner.check().problems.map(\.english)
        #expect(gaps.count == 3, "\(gaps)")
        #expect(gaps.contains { $0.hasPrefix("schema public: every role may create objects in it") && $0.hasSuffix("REVOKE CREATE ON SCHEMA \"public\" FROM PUBLIC") })
        #expect(gaps.contains { $0.hasPrefix("database \(database): every role may make temporary tables") })
        #expect(gaps.contains { $0.hasPrefix("function leads_employee: its search_path is not pinned") })
    }

    @Test func aRevokedLeadKeepsNoRight() throws {
        let org = try organisation()
        _ = try org.ownerStore.revoke(org.lead, teams: [])
        let owner = org.ownerStore
        #expect(try owner.count("SELECT pg_has_role('\(org.lead)', 'kartrekker_team_lead', 'MEMBER')::int") == 0)
        let lead = org.store(as: org.lead)
        for sql in ["INSERT INTO employees (id, name, team) VALUES ('e-x', 'X', 'Verhuur')",
                    "UPDATE contributions SET note = 'x'", "DELETE FROM recognitions",
                    "SELECT count(*) FROM contributions"] {
            let error = #expect(throws: KartrekkerError.self) { try lead.execute(sql) }
            #expect(error?.message.contains("permission denied") == true, "\(sql): \(String(describing: error))")
        }
        // Revoking the last of its teams does the same; HR likewise.
        let second = org.lead + "_2"
        try owner.execute("CREATE ROLE \(second) LOGIN")
        _ = try owner.grantLead(second, teams: ["Verhuur"])
        _ = try owner.revoke(second, teams: ["verhuur"])
        #expect(try owner.count("SELECT pg_has_role('\(second)', 'kartrekker_team_lead', 'MEMBER')::int") == 0)
        _ = try owner.revoke(org.hr, teams: [])
        #expect(try owner.count("SELECT pg_has_role('\(org.hr)', 'kartrekker_hr', 'MEMBER')::int") == 0)
    }

    @Test func whoRecordedARowIsTheRoleThatWroteIt() throws {
        let org = try organisation()
        let lead = org.store(as: org.lead)
        #expect(refused(lead, """
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_by, recorded_at)
            VALUES ('c-signed', '\(org.anna.id)', '2026-11-30', 'smile', 'x', 3, 'Anna de Vries', now())
            """))
        #expect(refused(lead, "UPDATE contributions SET recorded_by = 'Anna de Vries'"))
        #expect(refused(lead, "UPDATE recognitions SET recorded_by = 'Anna de Vries'"))
        let session = org.session(as: org.lead)
        let logged = try session.logContribution(ContributionDraft(employee: org.anna.id, category: .idea, note: "Voorstel"))
        let thanked = try session.recognize(RecognitionDraft(employee: org.anna.id, kind: .thanks, message: "Dank"))
        let owner = org.ownerStore
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE id = '\(logged.id)' AND recorded_by = '\(org.lead)'") == 1)
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE id = '\(thanked.id)' AND recorded_by = '\(org.lead)'") == 1)
        let shown = try session.story(of: org.anna.id).contributions.first { $0.id == logged.id }
        #expect(shown?.recordedBy == org.lead)
    }

    @Test func aLeadSetsHerOwnTeamsScoresAndNoOneElsesNorAmountsBeyondHerTeams() throws {
        let org = try organisation()
        let owner = org.ownerStore
        try org.owner.setResidentScore(quarter: "2026-Q4", moment: "reparatieverzoek", score: "7.1")
        let lead = org.store(as: org.lead)
        // Plain SQL through her own connection: the organisation's score, another team's, a forged recorder.
        #expect(refused(lead, "INSERT INTO resident_scores (quarter, contact_moment, team, score) VALUES ('2026-Q4', 'onderhoud', '', 9.9)"))
        #expect(refused(lead, "INSERT INTO resident_scores (quarter, contact_moment, team, score) VALUES ('2026-Q4', 'onderhoud', 'Onderhoud', 9.9)"))
        #expect(refused(lead, """
            INSERT INTO resident_scores (quarter, contact_moment, team, score, recorded_by) VALUES ('2026-Q4', 'onderhoud', 'Verhuur', 9, 'owner')
            """))
        #expect(refused(lead, "UPDATE resident_scores SET score = 10"))
        attempt(lead, "DELETE FROM resident_scores")
        #expect(try owner.count("SELECT count(*)::bigint FROM resident_scores WHERE team = '' AND score = 7.1") == 1)
        // An amount on a gift to someone outside her teams, a story on their contribution: no row of theirs moves.
        attempt(lead, "UPDATE recognitions SET amount_cents = 100000 WHERE employee_id = '\(org.jan.id)'")
        attempt(lead, "UPDATE contributions SET story_cost_cents = 100000, story_action = 'x' WHERE employee_id = '\(org.jan.id)'")
        #expect(try owner.count("SELECT count(*)::bigint FROM recognitions WHERE amount_cents IS NOT NULL") == 0)
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE story_cost_cents IS NOT NULL") == 0)
        // Through kartrekker: her own team's score and story and amount, in words for the rest.
        let session = org.session(as: org.lead)
        let set = try session.setResidentScore(quarter: "2026-Q4", moment: "onderhoud", score: "8,2", team: "verhuur")
        #expect(set.team == "Verhuur" && set.score == 8.2)
        #expect(throws: KartrekkerError.self) { try session.setResidentScore(quarter: "2026-Q4", moment: "onderhoud", score: "9") }
        #expect(throws: KartrekkerError.self) { try session.setResidentScore(quarter: "2026-Q4", moment: "onderhoud", score: "9", team: "Onderhoud") }
        #expect(throws: KartrekkerError.self) { try session.setBudget(team: "Verhuur", year: 2026, amount: Euros("1000")) }
        let told = try session.logContribution(ContributionDraft(employee: org.anna.id, category: .smile, note: "Lekkage",
                                                                 contactMoment: "reparatieverzoek", story: SmileStory(action: "Gebeld", cost: Euros("12"))))
        let gift = try session.recognize(RecognitionDraft(employee: org.anna.id, kind: .gift, message: "Bloemen", amount: Euros("20")))
        #expect(try session.contribution(id: told.id).story?.cost == Euros("12") && session.recognition(id: gift.id).amount == Euros("20"))
        #expect(try session.residentScores().map(\.score).sorted() == [7.1, 8.2])
    }

    @Test func aLeadCreditsSomeoneOfAnotherTeamOnlyBesideHerOwnPersonsShare() throws {
        let org = try organisation()
        let owner = org.ownerStore
        let lead = org.store(as: org.lead)
        // Plain SQL: Jan (Onderhoud) credited with nothing of her own beside it, or beside a share that does not name him.
        #expect(refused(lead, """
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_at, shared_with)
            VALUES ('c-lonely', '\(org.jan.id)', '2026-11-30', 'smile', 'Samen', 5, now(), ARRAY['\(org.anna.id)'])
            """))
        try lead.execute("""
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_at, shared_with)
            VALUES ('c-annas', '\(org.anna.id)', '2026-11-30', 'smile', 'Samen', 5, now(), '{}')
            """)
        #expect(refused(lead, """
            INSERT INTO contributions (id, employee_id, date, category, note, points, recorded_at, shared_with)
            VALUES ('c-forged', '\(org.jan.id)', '2026-11-30', 'smile', 'Samen', 5, now(), ARRAY['\(org.anna.id)'])
            """))
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)' AND note = 'Samen'") == 0)
        // Through kartrekker, by Jan's id: both shares in one write; hers to read, his for his own lead.
        let session = org.session(as: org.lead)
        #expect(throws: KartrekkerError.self) {
            try session.logShares(ContributionDraft(employee: org.anna.id, category: .smile, note: "x", with: ["Jan Smit"]))
        }
        let shares = try session.logShares(ContributionDraft(employee: org.anna.id, category: .smile, note: "Lekkage samen",
                                                             with: [org.jan.id]))
        #expect(shares.count == 2 && shares[1].employeeId == org.jan.id && shares[1].with == [org.anna.id])
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)' AND note = 'Lekkage samen' AND recorded_by = '\(org.lead)'") == 1)
        #expect(try session.contributions().allSatisfy { $0.employeeId == org.anna.id }, "she reads her own person's only")
        // His share is his lead's to correct: hers does not reach it.
        attempt(lead, "UPDATE contributions SET points = 500 WHERE employee_id = '\(org.jan.id)'")
        attempt(lead, "DELETE FROM contributions WHERE employee_id = '\(org.jan.id)'")
        #expect(try owner.count("SELECT count(*)::bigint FROM contributions WHERE employee_id = '\(org.jan.id)' AND points = 5 AND note = 'Lekkage samen'") == 1)
    }

    @Test func onlyRolesThatMayWriteHoldWhatWritersWaitFor() throws {
        let org = try organisation()
        let hr = org.store(as: org.hr)
        let nobody = org.store(as: org.nobody)
        // Every lock an outsider can take, held in an open transaction.
        for store in [hr, nobody] {
            try store.execute("BEGIN")
            attempt(store, "SELECT pg_try_advisory_lock(7406)")
            attempt(store, "SELECT pg_try_advisory_xact_lock(7406)")
        }
        #expect(refused(hr, "LOCK TABLE write_lock IN EXCLUSIVE MODE") || refused(hr, "SELECT 1"))
        let owner = PostgresStore(org.ownerStore.database, lockTimeout: 0.5)
        var anna = org.anna
        anna.role = "Verhuurconsulent"
        try owner.update(anna)
        #expect(try org.ownerStore.count("SELECT count(*)::bigint FROM employees WHERE role = 'Verhuurconsulent'") == 1)
        for store in [hr, nobody] { attempt(store, "ROLLBACK") }
    }
    #endif
}
