import Foundation
import Testing
import KartrekkerTestSupport
#if PostgreSQL
import KartrekkerPostgres
#endif

/// The command line on the organisation's database: `db migrate`, who may do what, and a
/// client killed in the middle of its transaction.
@Suite(.enabled(if: TestDatabase.address != nil, Comment(rawValue: TestDatabase.absent)))
struct DatabaseCommandTests {
    #if PostgreSQL
    /// A new, empty database, and a command line pointed at it.
    func database() throws -> (location: PostgresLocation, cli: CLI) {
        let location = try TestDatabase.fresh()
        var cli = CLI()
        cli.extraEnvironment["KARTREKKER_STORE"] = location.description
        return (location, cli)
    }

    @Test func theOwnerMigratesAndSaysWhoLeadsWhatAndTheDatabaseHoldsToIt() throws {
        let (location, owner) = try database()
        let refused = try owner.run("leaderboard")
        #expect(refused.status == 1 && refused.stderr.contains("no kartrekker tables yet") && refused.stderr.contains("db migrate"))
        #expect(try owner.ok("db", "migrate").contains("Migrated \(location.description) to schema version"))
        #expect(try owner.ok("db", "migrate").contains("is up to date"))
        let anna = try owner.ok("employee", "add", "Anna de Vries", "--team", "Verhuur")
        let jan = try owner.ok("employee", "add", "Jan Smit", "--team", "Onderhoud")
        _ = try owner.ok("log", anna, "--category", "smile", "--note", "Huurder geholpen")
        _ = try owner.ok("log", jan, "--category", "idea", "--note", "Lekkage voorkomen")

        let role = "lead_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresStore(location).execute("CREATE ROLE \(role) LOGIN")
        #expect(try owner.ok("db", "lead", role, "verhuur").contains("\(role) may now: lead Verhuur"))
        #expect(try owner.ok("db", "access").contains("\(role)  lead Verhuur"))
        // kartrekker keeps no backups of a database, and says whose they are.
        let backups = try owner.run("backups")
        #expect(backups.status == 1 && backups.stderr.contains("kartrekker keeps no backups of a database"), "\(backups.stderr)")
        // The owner's privacy statement names the database and who has which role there.
        let statement = try owner.ok("privacy-statement")
        #expect(statement.contains("PostgreSQL database") && statement.contains(role.replacingOccurrences(of: "_", with: "\\_") + ": leads Verhuur"),
                "\(statement)")

        var lead = owner
        lead.extraEnvironment["KARTREKKER_STORE"] = location.signedIn(as: role).description
        let board = try lead.ok("leaderboard", "--period", "all", "--format", "json")
        #expect(board.contains(anna) && !board.contains(jan))
        let other = try lead.run("log", jan, "--category", "smile", "--note", "Niet mijn team")
        #expect(other.status == 1)
        // The meeting's recap, fairness and the yearly report through the lead's own role: her
        // team only; a person's wishes kept by the database.
        #expect(try lead.ok("employee", "edit", anna, "--praise", "private").hasPrefix("Updated"))
        let recap = try lead.ok("recap", "--format", "markdown")
        #expect(recap.contains("## Kartrekkers") && !recap.contains("Anna de Vries") && !recap.contains("Jan Smit")
                && recap.contains("1 person is left out at their own wish."), "\(recap)")
        let fairness = try #require(try lead.run("fairness", "--format", "json").json as? [String: Any])
        #expect((fairness["unrecognized"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [anna])
        #expect(try lead.ok("employee", "report", anna, "--format", "markdown").contains("Huurder geholpen"))
        #expect(try lead.run("employee", "report", jan).status == 1)
        let quiet = try lead.ok("recognize", anna, "--kind", "thanks", "--message", "Dank je")
        #expect((try lead.run("recognition", "list", "--format", "json").json as? [[String: Any]])?
            .first { $0["id"] as? String == quiet }?["visibility"] as? String == "private")
        let erase = try lead.run("employee", "erase", anna, "--yes")
        #expect(erase.status == 1 && erase.stderr.contains("needs the database's owner"), "\(erase.stderr)")
        let listing = try lead.run("db", "access")
        #expect(listing.status == 1 && listing.stderr.contains("needs the database's owner"))

        #expect(try owner.ok("db", "revoke", role).contains("\(role) may now: nothing"))
        // Revoked, the role keeps no right at all: even reading is refused.
        let after = try lead.run("leaderboard", "--period", "all", "--format", "json")
        #expect(after.status == 1 && !after.stdout.contains(anna) && after.stderr.contains("may not do this"), "\(after.stderr)")
    }

    @Test func checkFindsWhatHandWrittenSQLBrokeAndTheOwnerRebuildsTheTotals() throws {
        let (location, owner) = try database()
        _ = try owner.ok("db", "migrate")
        let anna = try owner.ok("employee", "add", "Anna de Vries", "--team", "Verhuur")
        let jan = try owner.ok("employee", "add", "Jan Smit", "--team", "Onderhoud")
        let smile = try owner.ok("log", anna, "--category", "smile", "--note", "Huurder geholpen")
        let idea = try owner.ok("log", anna, "--category", "idea", "--note", "Sleutelkastje")
        let other = try owner.ok("log", jan, "--category", "goal", "--note", "Doel gehaald")
        _ = try owner.ok("recognize", anna, "--kind", "thanks", "--message", "Dank", "--for", smile)
        #expect(try owner.ok("check").hasPrefix("ok: 2 employees, 3 contributions, 1 recognition and their month totals in \(location.description)"))

        // What someone with SQL could do that kartrekker never would.
        let sql = PostgresStore(location)
        try sql.execute("UPDATE contributions SET points = 99 WHERE id = '\(idea)'")
        try sql.execute("UPDATE contributions SET category = 'heroics' WHERE id = '\(other)'")
        try sql.execute("UPDATE recognitions SET contribution_ids = '{\(other)}'")
        try sql.execute("UPDATE month_totals SET points = points + 1 WHERE employee_id = '\(jan)'")
        let found = try owner.run("check")
        #expect(found.status == 1)
        let lines = found.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.contains { $0.contains("contributions \(idea): stores 99 points; the rule gives 3") })
        #expect(lines.contains { $0.contains("contributions \(other): category \"heroics\" is not one kartrekker knows") })
        #expect(lines.contains { $0.contains("is for contribution \(other), which is another employee's") })
        #expect(lines.contains { $0.contains("month_totals \(jan) ") && $0.contains("--rebuild-totals") })

        try sql.execute("UPDATE contributions SET points = 3 WHERE id = '\(idea)'")
        try sql.execute("UPDATE contributions SET category = 'goal' WHERE id = '\(other)'")
        try sql.execute("UPDATE recognitions SET contribution_ids = '{\(smile)}'")
        #expect(try owner.ok("db", "migrate", "--rebuild-totals").contains("Rebuilt the month totals"))
        #expect(try owner.ok("check").hasPrefix("ok: "))
    }

    @Test func aClientKilledInTheMiddleOfItsTransactionLeavesNothingHalfWritten() throws {
        let (location, owner) = try database()
        _ = try owner.ok("db", "migrate")
        var source = CLI()
        source.today = "2026-11-30"
        _ = try source.ok("demo", "--employees", "300", "--years", "2", "--seed", "7")
        let watcher = PostgresStore(location)
        let importing = try Spawned(owner, ["db", "import", source.directory.path])
        // Killed once its transaction has written rows (it is inserting contributions, after the
        // employees), not before it began.
        let deadline = Date().addingTimeInterval(60)
        var inserting = 0
        while inserting == 0, Date() < deadline, importing.process.isRunning {
            inserting = try watcher.count("""
                SELECT count(*)::bigint FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                    AND xact_start IS NOT NULL AND query LIKE '%INSERT INTO contributions%'
                """)
        }
        #expect(inserting == 1, "the import was not seen inserting")
        kill(importing.process.processIdentifier, SIGKILL)
        #expect(importing.finish().status == nil)
        // The server ends the dead client's transaction when it finds the connection closed.
        var open = 1
        while open > 0, Date() < deadline {
            open = try watcher.count("SELECT count(*)::bigint FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")
        }
        #expect(open == 0)
        for table in ["employees", "contributions", "recognitions"] {
            #expect(try watcher.count("SELECT count(*)::bigint FROM \(table)") == 0, "\(table)")
        }
        // Nothing is left locked: the same import runs to the end and checks every board.
        let copied = try owner.ok("db", "import", source.directory.path)
        #expect(copied.contains("Copied 300 employees") && copied.contains("boards and the nudges are the same"), "\(copied)")
    }
    #endif
}
