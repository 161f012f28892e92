#if PostgreSQL
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// Who may do what. The database enforces it (roles and row-level security, see
/// `PostgresSchema`); these are the owner's tools to say it, and the program's check that
/// work reaching every team is done by a role that sees every team.
extension PostgresStore {
    /// Whether this connection's role sees and may change every row: the tables' owner (who
    /// migrated), a superuser, or a role that bypasses row-level security.
    public func seesEverything() throws -> Bool {
        try rows("""
            SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'USAGE')
            FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'employees'::regclass
            """).first.map { try $0.decode(Bool.self) } ?? false
    }

    /// Whether the group roles exist, or this role may make them.
    func mayMakeGroupRoles() throws -> Bool {
        try rows("""
            SELECT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)
                OR (SELECT count(*) FROM pg_roles WHERE rolname IN (\(PostgresSchema.teamLeadRole), \(PostgresSchema.hrRole))) = 2
            """).first.map { try $0.decode(Bool.self) } ?? false
    }

    /// Refuses to give roles their group when this role may not (it needs CREATEROLE, or the
    /// group's admin option): said before anything is written, with what to do.
    private func requireGrant(of group: String) throws {
        let may = try rows("""
            SELECT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)
                OR pg_has_role(current_user, \(group), 'MEMBER WITH ADMIN OPTION')
            """).first.map { try $0.decode(Bool.self) } ?? false
        guard may else {
            throw KartrekkerError("the role \(database.user) may not give roles the group \(group)",
                                  nl: "de rol \(database.user) mag geen rollen de groep \(group) geven",
                                  details: ["give it CREATEROLE (ALTER ROLE \(PostgresStore.identifier(database.user)) CREATEROLE), "
                                            + "or the group with its admin option (GRANT \(group) TO \(PostgresStore.identifier(database.user)) WITH ADMIN OPTION)"])
        }
    }

    /// Refuses `action` (which reaches every team) to a role that sees only some of them: done
    /// in part, it would leave traces where the role cannot look.
    func requireWholeDatabase(_ action: String) throws {
        guard try seesEverything() else {
            throw KartrekkerError("\(action) needs the database's owner: it reaches every team's records, and the role \(database.user) sees only what row-level security lets it",
                                  nl: "\(action) heeft de eigenaar van de database nodig: het raakt de gegevens van elk team, en de rol \(database.user) ziet alleen wat row-level security toelaat",
                                  details: ["run it as the role that ran `kartrekker db migrate`"],
                                  nlDetails: ["draai het als de rol die `kartrekker db migrate` draaide"])
        }
    }

    /// Makes `role` (an existing login role) a team lead of `teams` (typed in any case or
    /// accents: an existing team's spelling is kept).
    public func grantLead(_ role: String, teams: [String]) throws -> DatabaseAccess {
        try ready()
        try requireWholeDatabase("giving a role its teams")
        try requireRole(role)
        try requireGrant(of: PostgresSchema.teamLeadRole)
        let known = try rows("SELECT DISTINCT team FROM employees").map { try $0.decode(String.self) }
        let spelled = teams.map { typed in known.first { $0.folded == typed.folded } ?? typed }
        try withWriteLock {
            try rows(PostgresQuery(unsafeSQL: "GRANT \(PostgresSchema.teamLeadRole) TO \(PostgresStore.identifier(role))"))
            try rows("INSERT INTO team_leads SELECT \(role), unnest(\(spelled)) ON CONFLICT DO NOTHING")
        }
        return try access(of: role)
    }

    /// Makes `role` (an existing login role) one of HR's readers: it reads everything.
    public func grantHR(_ role: String) throws -> DatabaseAccess {
        try ready()
        try requireWholeDatabase("making a role HR")
        try requireRole(role)
        try requireGrant(of: PostgresSchema.hrRole)
        try withWriteLock {
            try rows(PostgresQuery(unsafeSQL: "GRANT \(PostgresSchema.hrRole) TO \(PostgresStore.identifier(role))"))
            try rows("INSERT INTO hr_readers VALUES (\(role)) ON CONFLICT DO NOTHING")
        }
        return try access(of: role)
    }

    /// Takes `teams` from `role`, or everything it may do (its teams and HR) when `teams` is
    /// empty. A role left with no team is taken out of the team lead group, and one taken out
    /// of HR out of the HR group, so that it keeps no right to insert, change or read: the
    /// groups belong to the server, so a role that leads teams in another database of the
    /// same server is given them again there with `db lead`.
    public func revoke(_ role: String, teams: [String]) throws -> DatabaseAccess {
        try ready()
        try requireWholeDatabase("taking a role's access")
        try requireRole(role)
        try requireGrant(of: PostgresSchema.teamLeadRole)
        try requireGrant(of: PostgresSchema.hrRole)
        try withWriteLock {
            if teams.isEmpty {
                try rows("DELETE FROM team_leads WHERE role_name = \(role)")
                try rows("DELETE FROM hr_readers WHERE role_name = \(role)")
            } else {
                let folded = teams.map(\.folded)
                let led = try rows("SELECT team FROM team_leads WHERE role_name = \(role)").map { try $0.decode(String.self) }
                try rows("DELETE FROM team_leads WHERE role_name = \(role) AND team = ANY (\(led.filter { folded.contains($0.folded) }))")
            }
            let leads = try !rows("SELECT 1 FROM team_leads WHERE role_name = \(role)").isEmpty
            let readsAll = try !rows("SELECT 1 FROM hr_readers WHERE role_name = \(role)").isEmpty
            for (group, keeps) in [(PostgresSchema.teamLeadRole, leads), (PostgresSchema.hrRole, readsAll)] where !keeps {
                let member = try rows("SELECT pg_has_role(\(role), \(group), 'MEMBER')").first.map { try $0.decode(Bool.self) } ?? false
                if member {
                    try rows(PostgresQuery(unsafeSQL: "REVOKE \(group) FROM \(PostgresStore.identifier(role))"))
                }
            }
        }
        return try access(of: role)
    }

    /// What this connection's role may do here, in a few words (the terminal UI's footer):
    /// "owner", "HR", "leads Verhuur, Onderhoud", or both of the last.
    public func accessSummary() throws -> Phrase? { try roleSummary() }

    /// Every role given something here and what it may do, one line each, where this role may
    /// list them (the owner); `nil` otherwise. For the privacy statement.
    public func roleLines() throws -> [String]? {
        guard (try? seesEverything()) == true, let access = try? access() else { return nil }
        if access.isEmpty { return ["No role has been given teams or HR yet; only the owner reads the data."] }
        return access.map { entry in
            var parts: [String] = []
            if !entry.teams.isEmpty { parts.append("leads " + entry.teams.joined(separator: ", ")) }
            if entry.readsEverything { parts.append("reads everything as HR") }
            return "\(entry.role): " + parts.joined(separator: "; ")
        }
    }

    public var isDatabase: Bool { true }

    /// What this role may do, in a few words (never `nil`: a database has roles).
    public func roleSummary() throws -> Phrase {
        let nothing = Phrase("given nothing yet", nl: "nog niets gekregen")
        // A role in neither group (never given anything, or revoked) may read nothing, not
        // even the schema's version.
        let inGroup = try rows("SELECT coalesce(has_table_privilege(to_regclass('team_leads'), 'SELECT'), false)")
            .first.map { try $0.decode(Bool.self) } ?? false
        if !inGroup { return nothing }
        try ready()
        if try seesEverything() { return Phrase("owner", nl: "eigenaar") }
        let teams = try rows("SELECT team FROM team_leads WHERE role_name = current_user ORDER BY team").map { try $0.decode(String.self) }
        let hr = try !rows("SELECT 1 FROM hr_readers WHERE role_name = current_user").isEmpty
        let named = teams.map(SafeText.escaped).joined(separator: ", ")
        let parts = (hr ? [Phrase("HR", nl: "HR")] : []) + (teams.isEmpty ? [] : [Phrase("leads " + named, nl: "leidt " + named)])
        return parts.isEmpty ? nothing : Phrase(parts.map(\.english).joined(separator: "; "), nl: parts.map(\.dutch).joined(separator: "; "))
    }

    /// Every role given something in this database, by name.
    public func access() throws -> [DatabaseAccess] {
        try ready()
        try requireWholeDatabase("listing who may do what")
        var found: [String: DatabaseAccess] = [:]
        for row in try rows("SELECT role_name::text, team FROM team_leads ORDER BY team") {
            let (role, team) = try row.decode((String, String).self)
            found[role, default: DatabaseAccess(role: role)].teams.append(team)
        }
        for row in try rows("SELECT role_name::text FROM hr_readers") {
            let role = try row.decode(String.self)
            found[role, default: DatabaseAccess(role: role)].readsEverything = true
        }
        return found.values.sorted { $0.role < $1.role }
    }

    private func access(of role: String) throws -> DatabaseAccess {
        try access().first { $0.role == role } ?? DatabaseAccess(role: role)
    }

    private func requireRole(_ role: String) throws {
        guard try !rows("SELECT 1 FROM pg_roles WHERE rolname = \(role)").isEmpty else {
            throw KartrekkerError("the database server has no role \(SafeText.escaped(role))",
                                  nl: "de databaseserver heeft geen rol \(SafeText.escaped(role))",
                                  details: ["its administrator makes one first, e.g. CREATE ROLE \(PostgresStore.identifier(role)) LOGIN"],
                                  nlDetails: ["de beheerder maakt er eerst een, bijvoorbeeld CREATE ROLE \(PostgresStore.identifier(role)) LOGIN"])
        }
    }

    /// `name` quoted as an SQL identifier.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
#endif
