import Foundation
import KartrekkerCore
import KartrekkerExchange

/// The same answers from `sqlite3` over indexed tables of the same records: the yardstick the
/// issue sets for a board (a whole process each, as a team lead runs either).
///
/// The tables hold what the answers need (points stored per contribution, as a database would
/// keep them); the indexes are the ones a careful schema has: by date for the boards, by
/// person and date for a person's page and the nudges.
struct SQLiteComparison {
    let sqlite: String
    let database: String

    /// Builds the database beside `directory` from `organisation`; `nil` (with the reason
    /// printed) where `sqlite3` is not installed or the import fails.
    static func build(_ organisation: DemoOrganisation, beside directory: URL) -> SQLiteComparison? {
        let candidates = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
        guard let sqlite = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("(sqlite3 is not installed: the comparison with it is skipped; apt-get install sqlite3)")
            return nil
        }
        let database = directory.path + ".sqlite"
        let script = directory.path + ".sql"
        try? FileManager.default.removeItem(atPath: database)
        var sql = """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE employees (id TEXT PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL, role TEXT, email TEXT,
                                    start_date TEXT, archived INTEGER NOT NULL);
            CREATE TABLE contributions (id TEXT PRIMARY KEY, employee_id TEXT NOT NULL, date TEXT NOT NULL, category TEXT NOT NULL,
                                        note TEXT NOT NULL, idea_status TEXT, points INTEGER NOT NULL);
            CREATE TABLE recognitions (id TEXT PRIMARY KEY, employee_id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,
                                       message TEXT NOT NULL, visibility TEXT NOT NULL);
            BEGIN;

            """
        func quoted(_ text: String?) -> String {
            guard let text else { return "NULL" }
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        for person in organisation.employees {
            sql += "INSERT INTO employees VALUES (\(quoted(person.id)), \(quoted(person.name)), \(quoted(person.team)), "
                + "\(quoted(person.role)), \(quoted(person.email)), \(quoted(person.startDate?.description)), \(person.archived ? 1 : 0));\n"
        }
        for record in organisation.contributions {
            sql += "INSERT INTO contributions VALUES (\(quoted(record.id)), \(quoted(record.employeeId)), '\(record.date)', "
                + "'\(record.category.rawValue)', \(quoted(record.note)), \(quoted(record.ideaStatus?.rawValue)), \(record.points));\n"
        }
        for record in organisation.recognitions {
            sql += "INSERT INTO recognitions VALUES (\(quoted(record.id)), \(quoted(record.employeeId)), '\(record.date)', "
                + "'\(record.kind.rawValue)', \(quoted(record.message)), '\(record.visibility.rawValue)');\n"
        }
        sql += """
            COMMIT;
            CREATE INDEX contributions_by_date ON contributions (date, employee_id, points);
            CREATE INDEX contributions_by_person ON contributions (employee_id, date);
            CREATE INDEX recognitions_by_person ON recognitions (employee_id, date);
            ANALYZE;

            """
        do {
            try sql.write(toFile: script, atomically: true, encoding: .utf8)
        } catch {
            print("(could not write the SQL script for sqlite3: \(error))")
            return nil
        }
        defer { try? FileManager.default.removeItem(atPath: script) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite)
        process.arguments = [database, ".read \(script)"]
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            print("(sqlite3 could not be run: \(error))")
            return nil
        }
        guard process.terminationStatus == 0 else {
            print("(sqlite3 could not import the records; the comparison is skipped)")
            return nil
        }
        return SQLiteComparison(sqlite: sqlite, database: database)
    }

    /// The arguments that run `query` read-only.
    func arguments(_ query: String) -> [String] {
        ["-readonly", database, query]
    }

    /// A board as kartrekker prints it: rank (ties share one), name, team, score and the rank in
    /// the period before, for everyone not archived with points, best first, then by name. One
    /// range scan of the date index covers both periods (they are adjacent), one window each
    /// ranks them: the fastest shape found for this answer (a join of two ranked CTEs was ten
    /// times slower).
    static func board(_ period: Period) -> String {
        let range = period.range!
        let previous = period.previous!.range!
        return """
            WITH s AS (SELECT employee_id,
                              sum(CASE WHEN date >= '\(range.from)' THEN points ELSE 0 END) AS score,
                              sum(CASE WHEN date < '\(range.from)' THEN points ELSE 0 END) AS before
                       FROM contributions INDEXED BY contributions_by_date
                       WHERE date BETWEEN '\(previous.from)' AND '\(range.to)' GROUP BY employee_id),
                 r AS (SELECT e.name, e.team, s.score, s.before,
                              rank() OVER (PARTITION BY s.score > 0 ORDER BY s.score DESC) AS rank,
                              rank() OVER (PARTITION BY s.before > 0 ORDER BY s.before DESC) AS earlier
                       FROM s JOIN employees e ON e.id = s.employee_id WHERE e.archived = 0)
            SELECT rank, name, team, score, CASE WHEN before > 0 THEN earlier END FROM r WHERE score > 0
            ORDER BY score DESC, name;
            """
    }

    /// Who deserves recognition at `day`: a positive score over 90 days, no recognition in 30.
    /// (The latest recognition looked up per person through its index: twice as fast as a
    /// grouped scan of all recognitions.)
    static func nudges(at day: CalendarDate) -> String {
        let window = Nudges.scoreWindow(at: day)
        return """
            WITH scores AS (SELECT employee_id, sum(points) AS score FROM contributions INDEXED BY contributions_by_date
                            WHERE date BETWEEN '\(window.from)' AND '\(window.to)' GROUP BY employee_id)
            SELECT e.name, e.team, scores.score,
                   (SELECT max(date) FROM recognitions r WHERE r.employee_id = scores.employee_id AND r.date <= '\(day)') AS last
            FROM scores JOIN employees e ON e.id = scores.employee_id
            WHERE e.archived = 0 AND scores.score > 0 AND (last IS NULL OR last < '\(Nudges.recentSince(at: day))')
            ORDER BY scores.score DESC, e.name;
            """
    }

    /// A person's page: their details, the score of five periods, ideas by status, how many
    /// records, and the ten newest of each kind.
    static func employee(_ id: String, at day: CalendarDate) -> String {
        let sums = [PeriodKind.week, .month, .quarter, .year].map { kind -> String in
            let range = Period(kind, containing: day).range!
            return "(SELECT coalesce(sum(points), 0) FROM contributions WHERE employee_id = '\(id)' AND date BETWEEN '\(range.from)' AND '\(range.to)')"
        } + ["(SELECT coalesce(sum(points), 0) FROM contributions WHERE employee_id = '\(id)')"]
        return """
            SELECT name, team, role, email, start_date FROM employees WHERE id = '\(id)';
            SELECT \(sums.joined(separator: ", "));
            SELECT idea_status, count(*) FROM contributions WHERE employee_id = '\(id)' AND category = 'idea' GROUP BY idea_status;
            SELECT count(*) FROM contributions WHERE employee_id = '\(id)';
            SELECT date, category, points, note, id FROM contributions WHERE employee_id = '\(id)' ORDER BY date DESC, id DESC LIMIT 10;
            SELECT count(*) FROM recognitions WHERE employee_id = '\(id)';
            SELECT date, kind, visibility, message, id FROM recognitions WHERE employee_id = '\(id)' ORDER BY date DESC, id DESC LIMIT 10;
            """
    }
}
