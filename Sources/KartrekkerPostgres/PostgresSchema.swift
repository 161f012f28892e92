/// The database's tables, owned by kartrekker: each migration brings a database from the
/// version before it to its own; `schema_version` says which have been applied.
enum PostgresSchema {
    /// The newest schema this program knows.
    static var current: Int { migrations(in: "public").count }

    /// The migrations, for tables in `schema` (the migrating role's current schema: where the
    /// first made them).
    static func migrations(in schema: String) -> [[String]] {
        let quoted = "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return earlier + [hardening(in: quoted), settings(in: quoted), preferences(in: quoted), residentsVoice(in: quoted)]
    }

    /// Migrations 1 to 3, as they were applied (4 mends what they left open).
    private static let earlier: [[String]] = [
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
        // 3: each employee's totals per month, kept by the database as records change: a board
        // of whole months (a month, a quarter, a year, all time) adds up a row per person and
        // month instead of every record.
        monthTotalsStatements,
    ]

    /// 4: nothing another role can create changes what kartrekker's functions and triggers do
    /// (a pinned search_path with temporary objects last, every relation named with its
    /// schema); nobody but the owner makes temporary objects or creates in the schema; who
    /// recorded a row is the role that wrote it; a revoked role keeps nothing; and only roles
    /// that may write can take the lock writers wait for.
    private static func hardening(in schema: String) -> [String] {
        let pinned = "SET search_path = pg_catalog, pg_temp"
        return [
            """
            CREATE OR REPLACE FUNCTION \(schema).leads_employee(employee text) RETURNS boolean LANGUAGE plpgsql STABLE \(pinned) AS $$
            BEGIN
                RETURN EXISTS (SELECT 1 FROM \(schema).employees e JOIN \(schema).team_leads t ON lower(t.team) = lower(e.team)
                               AND t.role_name = current_user WHERE e.id = employee);
            END
            $$
            """,
            "REVOKE ALL ON FUNCTION \(schema).leads_employee(text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION \(schema).leads_employee(text) TO \(teamLeadRole)",
        ] + ["contributions", "recognitions"].flatMap { table in
            [
                // As the owner (SECURITY DEFINER): a lead's write keeps the totals, which she may
                // not write herself.
                """
                CREATE OR REPLACE FUNCTION \(schema).\(table)_totals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER \(pinned) AS $$
                BEGIN
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN
                        \(monthTotalsUpsert(table, from: "old_rows", sign: "-", in: schema))
                        DELETE FROM \(schema).month_totals t USING (SELECT DISTINCT employee_id, date_trunc('month', date)::date AS month FROM old_rows) o
                        WHERE t.employee_id = o.employee_id AND t.month = o.month AND t.contributions = 0 AND t.recognitions = 0;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        \(monthTotalsUpsert(table, from: "new_rows", sign: "+", in: schema))
                    END IF;
                    RETURN NULL;
                END
                $$
                """,
                "REVOKE ALL ON FUNCTION \(schema).\(table)_totals() FROM PUBLIC",
                // Who recorded it: the role that wrote the row, which a lead may not name.
                "ALTER TABLE \(schema).\(table) ALTER COLUMN recorded_by SET DEFAULT session_user",
                "REVOKE INSERT, UPDATE ON \(schema).\(table) FROM \(teamLeadRole)",
            ]
        } + [
            """
            GRANT INSERT (id, employee_id, date, category, note, channel, value_tags, project, idea_status, points, recorded_at),
                  UPDATE (employee_id, date, category, note, channel, value_tags, project, idea_status, points)
            ON \(schema).contributions TO \(teamLeadRole)
            """,
            """
            GRANT INSERT (id, employee_id, date, kind, message, contribution_ids, visibility, recorded_at),
                  UPDATE (employee_id, date, kind, message, contribution_ids, visibility)
            ON \(schema).recognitions TO \(teamLeadRole)
            """,
            // An employee's id is theirs for good.
            "REVOKE UPDATE ON \(schema).employees FROM \(teamLeadRole)",
            "GRANT UPDATE (name, team, role, email, start_date, archived) ON \(schema).employees TO \(teamLeadRole)",
            // What writers wait for: a table only writers may lock (an advisory lock anyone who
            // connects could hold for ever).
            "CREATE TABLE \(schema).write_lock ()",
            "REVOKE ALL ON \(schema).write_lock FROM PUBLIC",
            "GRANT UPDATE ON \(schema).write_lock TO \(teamLeadRole)",
            // Nobody but the owner creates objects that could stand in for kartrekker's.
            "REVOKE CREATE ON SCHEMA \(schema) FROM PUBLIC",
            "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$",
        ]
    }

    /// 5: the organisation's settings (the retention period, the day before which records were
    /// purged), read by every role given something, written by the owner.
    private static func settings(in schema: String) -> [String] {
        [
            "CREATE TABLE \(schema).settings (key text PRIMARY KEY, value text NOT NULL)",
            "REVOKE ALL ON \(schema).settings FROM PUBLIC",
            "GRANT SELECT ON \(schema).settings TO \(teamLeadRole), \(hrRole)",
        ]
    }

    /// 6: each person's wishes: on the boards or not, praise in public or in private; a lead
    /// records them for the people of her teams as she records their other data.
    private static func preferences(in schema: String) -> [String] {
        [
            "ALTER TABLE \(schema).employees ADD COLUMN on_board boolean NOT NULL DEFAULT true",
            "ALTER TABLE \(schema).employees ADD COLUMN praise text NOT NULL DEFAULT 'public' CHECK (praise IN ('public', 'private'))",
            "GRANT UPDATE (on_board, praise) ON \(schema).employees TO \(teamLeadRole)",
        ]
    }

    /// 7: a contribution's contact moment, its story (a smile's or beyond's) and a declined
    /// idea's reason; a gift's or bonus's amount. Amounts in cents. A lead writes them for the
    /// people she leads, as the rest of the row (the row policies hold for these columns too).
    private static func residentsVoice(in schema: String) -> [String] {
        [
            """
            ALTER TABLE \(schema).contributions ADD COLUMN contact_moment text, ADD COLUMN story_problem text,
                ADD COLUMN story_action text, ADD COLUMN story_cost_cents integer CHECK (story_cost_cents >= 0),
                ADD COLUMN story_outcome text, ADD COLUMN decline_reason text,
                ADD COLUMN shared_with text[] NOT NULL DEFAULT '{}'
            """,
            "CREATE INDEX contributions_by_contact_moment ON \(schema).contributions (contact_moment, date) WHERE contact_moment IS NOT NULL",
            "ALTER TABLE \(schema).recognitions ADD COLUMN amount_cents integer CHECK (amount_cents > 0)",
            """
            GRANT INSERT (contact_moment, story_problem, story_action, story_cost_cents, story_outcome, decline_reason, shared_with),
                  UPDATE (contact_moment, story_problem, story_action, story_cost_cents, story_outcome, decline_reason, shared_with)
            ON \(schema).contributions TO \(teamLeadRole)
            """,
            // Credit shared across teams: a lead records the share of someone she does not lead
            // only beside her own person's share of the same work, written before it in the same
            // transaction, that names them (and is named by it). The share is looked for as the
            // owner (a policy on contributions may not read contributions), for the role that
            // signed in.
            """
            CREATE FUNCTION \(schema).beside_own_share(sharers text[], employee text, day date, kind text, what text)
            RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            BEGIN
                RETURN EXISTS (
                    SELECT 1 FROM \(schema).contributions c
                    JOIN \(schema).employees e ON e.id = c.employee_id
                    JOIN \(schema).team_leads t ON lower(t.team) = lower(e.team) AND t.role_name = session_user
                    WHERE c.employee_id = ANY (sharers) AND employee = ANY (c.shared_with)
                      AND c.date = day AND c.category = kind AND c.note = what);
            END
            $$
            """,
            "REVOKE ALL ON FUNCTION \(schema).beside_own_share(text[], text, date, text, text) FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION \(schema).beside_own_share(text[], text, date, text, text) TO \(teamLeadRole)",
            """
            CREATE POLICY lead_shares ON \(schema).contributions FOR INSERT TO \(teamLeadRole) WITH CHECK (
                cardinality(shared_with) > 0 AND \(schema).beside_own_share(shared_with, employee_id, date, category, note))
            """,
            "GRANT INSERT (amount_cents), UPDATE (amount_cents) ON \(schema).recognitions TO \(teamLeadRole)",
            // The residents' scores by quarter and contact moment: the organisation's (team '')
            // written by the owner, a team's by its lead.
            """
            CREATE TABLE \(schema).resident_scores (
                quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
                contact_moment text NOT NULL CHECK (contact_moment <> ''),
                team text NOT NULL DEFAULT '',
                score numeric(3,1) NOT NULL CHECK (score BETWEEN 0 AND 10),
                recorded_by text NOT NULL DEFAULT session_user,
                PRIMARY KEY (quarter, contact_moment, team)
            )
            """,
            "REVOKE ALL ON \(schema).resident_scores FROM PUBLIC",
            "GRANT SELECT ON \(schema).resident_scores TO \(teamLeadRole), \(hrRole)",
            "GRANT INSERT (quarter, contact_moment, team, score), DELETE ON \(schema).resident_scores TO \(teamLeadRole)",
            "ALTER TABLE \(schema).resident_scores ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY everyone_reads ON \(schema).resident_scores FOR SELECT TO \(teamLeadRole), \(hrRole) USING (true)",
            "CREATE POLICY lead_adds ON \(schema).resident_scores FOR INSERT TO \(teamLeadRole) WITH CHECK (team <> '' AND lower(team) IN (\(ledTeams)))",
            "CREATE POLICY lead_removes ON \(schema).resident_scores FOR DELETE TO \(teamLeadRole) USING (team <> '' AND lower(team) IN (\(ledTeams)))",
        ]
    }

    /// The group role of team leads: they read and record for the teams `team_leads` gives them.
    static let teamLeadRole = "kartrekker_team_lead"
    /// The group role of HR: its members listed in `hr_readers` read everything, change nothing.
    static let hrRole = "kartrekker_hr"

    /// The teams the current role leads, as SQL.
    /// (Teams compare without case: "verhuur" given to a lead is the team "Verhuur".)
    private static let ledTeams = "SELECT lower(team) FROM team_leads WHERE role_name = current_user"
    /// Whether the current role is one of HR's readers, as SQL.
    private static let readsAll = "EXISTS (SELECT 1 FROM hr_readers WHERE role_name = current_user)"
    /// The employees of the teams the current role leads, as SQL (explicitly through
    /// `team_leads`: a role that is HR as well must not write beyond its teams).
    private static let ledEmployees = "SELECT e.id FROM employees e JOIN team_leads t ON lower(t.team) = lower(e.team) WHERE t.role_name = current_user"

    /// The table, its first filling, the triggers that keep it, and who may read it. The
    /// triggers work a statement at a time (a bulk import adds up its rows once) and run as the
    /// owner: a team lead's write keeps the totals without a grant to change them.
    private static let monthTotalsStatements: [String] = [
        """
        CREATE TABLE month_totals (
            employee_id text NOT NULL,
            month date NOT NULL,
            points bigint NOT NULL DEFAULT 0,
            contributions bigint NOT NULL DEFAULT 0,
            recognitions bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (employee_id, month)
        )
        """,
        "CREATE INDEX month_totals_by_month ON month_totals (month)",
        monthTotalsFilling,
    ] + ["contributions", "recognitions"].flatMap { table in
        [
            """
            CREATE FUNCTION \(table)_totals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    \(monthTotalsUpsert(table, from: "old_rows", sign: "-"))
                    DELETE FROM month_totals t USING (SELECT DISTINCT employee_id, date_trunc('month', date)::date AS month FROM old_rows) o
                    WHERE t.employee_id = o.employee_id AND t.month = o.month AND t.contributions = 0 AND t.recognitions = 0;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    \(monthTotalsUpsert(table, from: "new_rows", sign: "+"))
                END IF;
                RETURN NULL;
            END
            $$
            """,
            "CREATE TRIGGER \(table)_added AFTER INSERT ON \(table) REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION \(table)_totals()",
            "CREATE TRIGGER \(table)_changed AFTER UPDATE ON \(table) REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION \(table)_totals()",
            "CREATE TRIGGER \(table)_removed AFTER DELETE ON \(table) REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION \(table)_totals()",
        ]
    } + [
        "REVOKE ALL ON month_totals FROM PUBLIC",
        "GRANT SELECT ON month_totals TO \(teamLeadRole), \(hrRole)",
        "ALTER TABLE month_totals ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY hr_reads ON month_totals FOR SELECT TO \(hrRole) USING (\(readsAll))",
        "CREATE POLICY lead_reads ON month_totals FOR SELECT TO \(teamLeadRole) USING (employee_id IN (\(ledEmployees)))",
    ]

    /// Each person's totals per month, added up from the records (columns employee_id, month,
    /// points, contributions, recognitions): what fills the kept totals, and what `check`
    /// holds them to.
    static let monthTotalsFromRecords = """
        SELECT employee_id, month, sum(points) AS points, sum(contributions) AS contributions, sum(recognitions) AS recognitions FROM (
            SELECT employee_id, date_trunc('month', date)::date AS month, sum(points) AS points, count(*) AS contributions, 0 AS recognitions
            FROM contributions GROUP BY 1, 2
            UNION ALL
            SELECT employee_id, date_trunc('month', date)::date, 0, 0, count(*) FROM recognitions GROUP BY 1, 2
        ) AS both_kinds GROUP BY 1, 2
        """

    /// Fills the month totals from the records (an empty table).
    static let monthTotalsFilling = "INSERT INTO month_totals (employee_id, month, points, contributions, recognitions) " + monthTotalsFromRecords

    /// Adds (`sign` "+") or takes away ("-") the rows of a transition table of `table` to or
    /// from the month totals.
    private static func monthTotalsUpsert(_ table: String, from rows: String, sign: String, in schema: String? = nil) -> String {
        let figures = table == "contributions" ? "\(sign)sum(points), \(sign)count(*), 0" : "0, 0, \(sign)count(*)"
        return """
            INSERT INTO \(schema.map { $0 + "." } ?? "")month_totals AS t (employee_id, month, points, contributions, recognitions)
                    SELECT employee_id, date_trunc('month', date)::date, \(figures) FROM \(rows) GROUP BY 1, 2
                    ON CONFLICT (employee_id, month) DO UPDATE SET points = t.points + EXCLUDED.points,
                        contributions = t.contributions + EXCLUDED.contributions, recognitions = t.recognitions + EXCLUDED.recognitions;
            """
    }

    /// Roles, grants and policies. The group roles belong to the server, so they are made only
    /// when missing (and a race with another database's migration is no error); who is a
    /// team lead of what, or HR, is kept per database in `team_leads` and `hr_readers`. The
    /// owner of the tables (who migrates) is not bound by the policies: imports, erasure and
    /// administration are theirs.
    private static let accessStatements: [String] = [
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(teamLeadRole)') THEN
                BEGIN CREATE ROLE \(teamLeadRole) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(hrRole)') THEN
                BEGIN CREATE ROLE \(hrRole) NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
            END IF;
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
        "CREATE POLICY lead_reads ON employees FOR SELECT TO \(teamLeadRole) USING (lower(team) IN (\(ledTeams)))",
        "CREATE POLICY lead_adds ON employees FOR INSERT TO \(teamLeadRole) WITH CHECK (lower(team) IN (\(ledTeams)))",
        "CREATE POLICY lead_changes ON employees FOR UPDATE TO \(teamLeadRole) USING (lower(team) IN (\(ledTeams))) WITH CHECK (lower(team) IN (\(ledTeams)))",
        // Whether the current role leads `employee`'s team: two lookups by key, for a record
        // written (a hashed list of every led employee, as reads use, would be built anew for
        // each record logged).
        """
        CREATE FUNCTION leads_employee(employee text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
        BEGIN
            RETURN EXISTS (SELECT 1 FROM employees e JOIN team_leads t ON lower(t.team) = lower(e.team) AND t.role_name = current_user WHERE e.id = employee);
        END
        $$
        """,
    ] + ["contributions", "recognitions"].flatMap { table in
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY hr_reads ON \(table) FOR SELECT TO \(hrRole) USING (\(readsAll))",
            "CREATE POLICY lead_reads ON \(table) FOR SELECT TO \(teamLeadRole) USING (employee_id IN (\(ledEmployees)))",
            "CREATE POLICY lead_adds ON \(table) FOR INSERT TO \(teamLeadRole) WITH CHECK (leads_employee(employee_id))",
            "CREATE POLICY lead_changes ON \(table) FOR UPDATE TO \(teamLeadRole) USING (employee_id IN (\(ledEmployees))) WITH CHECK (leads_employee(employee_id))",
            "CREATE POLICY lead_removes ON \(table) FOR DELETE TO \(teamLeadRole) USING (employee_id IN (\(ledEmployees)))",
        ]
    }
}
