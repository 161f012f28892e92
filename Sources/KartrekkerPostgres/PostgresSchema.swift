/// The database's tables, owned by kartrekker: each migration brings a database from the
/// version before it to its own; `schema_version` says which have been applied.
enum PostgresSchema {
    /// The newest schema this program knows.
    static var current: Int { migrations.count }

    static let migrations: [[String]] = [
        [
            """
            CREATE TABLE employees (
                id text PRIMARY KEY,
                name text NOT NULL,
                team text NOT NULL,
                role text,
                email text,
                start_date date,
                archived boolean NOT NULL DEFAULT false
            )
            """,
            """
            CREATE TABLE contributions (
                id text PRIMARY KEY,
                employee_id text NOT NULL REFERENCES employees (id),
                date date NOT NULL,
                category text NOT NULL,
                note text NOT NULL,
                channel text,
                value_tags text[] NOT NULL DEFAULT '{}',
                project text,
                idea_status text,
                points integer NOT NULL,
                recorded_by text NOT NULL,
                recorded_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX contributions_by_date ON contributions (date)",
            "CREATE INDEX contributions_by_employee ON contributions (employee_id, date)",
            """
            CREATE TABLE recognitions (
                id text PRIMARY KEY,
                employee_id text NOT NULL REFERENCES employees (id),
                date date NOT NULL,
                kind text NOT NULL,
                message text NOT NULL,
                contribution_ids text[] NOT NULL DEFAULT '{}',
                visibility text NOT NULL,
                recorded_by text NOT NULL,
                recorded_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX recognitions_by_date ON recognitions (date)",
            "CREATE INDEX recognitions_by_employee ON recognitions (employee_id, date)",
            // Bumped by every write: what a reader polls (or is told through NOTIFY).
            "CREATE TABLE changes (counter bigint NOT NULL)",
            "INSERT INTO changes VALUES (0)",
        ],
        // 2: who may do what, enforced by the database (roles and row-level security), and a
        // change counter that concurrent writers do not queue for.
        accessStatements + [
            "DROP TABLE changes",
            "CREATE SEQUENCE change_counter",
            "GRANT USAGE, SELECT ON SEQUENCE change_counter TO \(teamLeadRole)",
            "GRANT SELECT ON SEQUENCE change_counter TO \(hrRole)",
        ],
    ]

    /// The group role of team leads: they read and record for the teams `team_leads` gives them.
    static let teamLeadRole = "kartrekker_team_lead"
    /// The group role of HR: its members listed in `hr_readers` read everything, change nothing.
    static let hrRole = "kartrekker_hr"

    /// The teams the current role leads, as SQL.
    private static let ledTeams = "SELECT team FROM team_leads WHERE role_name = current_user"
    /// Whether the current role is one of HR's readers, as SQL.
    private static let readsAll = "EXISTS (SELECT 1 FROM hr_readers WHERE role_name = current_user)"
    /// The employees of the teams the current role leads, as SQL (explicitly through
    /// `team_leads`: a role that is HR as well must not write beyond its teams).
    private static let ledEmployees = "SELECT e.id FROM employees e JOIN team_leads t ON t.team = e.team WHERE t.role_name = current_user"

    /// Roles, grants and policies. The group roles belong to the server, so they are made only
    /// when missing (and a race with another database's migration is no error); who is a
    /// team lead of what, or HR, is kept per database in `team_leads` and `hr_readers`. The
    /// owner of the tables (who migrates) is not bound by the policies: imports, erasure and
    /// administration are theirs.
    private static let accessStatements: [String] = [
        """
        DO $$
        BEGIN
            BEGIN CREATE ROLE \(teamLeadRole) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
            BEGIN CREATE ROLE \(hrRole) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
        END
        $$
        """,
        "CREATE TABLE team_leads (role_name name NOT NULL, team text NOT NULL, PRIMARY KEY (role_name, team))",
        "CREATE TABLE hr_readers (role_name name PRIMARY KEY)",
        "REVOKE ALL ON employees, contributions, recognitions, schema_version, team_leads, hr_readers FROM PUBLIC",
        "GRANT SELECT ON schema_version, team_leads, hr_readers TO \(teamLeadRole), \(hrRole)",
        "GRANT SELECT, INSERT, UPDATE ON employees TO \(teamLeadRole)",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON contributions, recognitions TO \(teamLeadRole)",
        "GRANT SELECT ON employees, contributions, recognitions TO \(hrRole)",
        "ALTER TABLE team_leads ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE hr_readers ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY own_rows ON team_leads FOR SELECT USING (role_name = current_user)",
        "CREATE POLICY own_rows ON hr_readers FOR SELECT USING (role_name = current_user)",
        "ALTER TABLE employees ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY hr_reads ON employees FOR SELECT TO \(hrRole) USING (\(readsAll))",
        "CREATE POLICY lead_reads ON employees FOR SELECT TO \(teamLeadRole) USING (team IN (\(ledTeams)))",
        "CREATE POLICY lead_adds ON employees FOR INSERT TO \(teamLeadRole) WITH CHECK (team IN (\(ledTeams)))",
        "CREATE POLICY lead_changes ON employees FOR UPDATE TO \(teamLeadRole) USING (team IN (\(ledTeams))) WITH CHECK (team IN (\(ledTeams)))",
    ] + ["contributions", "recognitions"].flatMap { table in
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY hr_reads ON \(table) FOR SELECT TO \(hrRole) USING (\(readsAll))",
            "CREATE POLICY lead_records ON \(table) FOR ALL TO \(teamLeadRole) USING (employee_id IN (\(ledEmployees))) WITH CHECK (employee_id IN (\(ledEmployees)))",
        ]
    }
}
