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
    ]
}
