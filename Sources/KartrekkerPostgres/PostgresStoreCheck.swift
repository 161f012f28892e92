#if PostgreSQL
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// `kartrekker check` on a database: the keys keep ids unique and records tied to their
/// employees, but a row written by hand in SQL (by whoever may) can still break kartrekker's
/// rules, and the kept month totals could part from the records. Reads only; one line per
/// problem, `TABLE ID: what is wrong`.
extension PostgresStore: DatabaseAdministration {}

extension PostgresStore {
    /// The port's check: this one (a database's rows are read in one snapshot; nothing changes).
    public func checkEverything(progress: (Int, Int) -> Void) throws -> CheckReport { try check(progress: progress) }

    public func check(progress: (Int, Int) -> Void = { _, _ in }) throws -> CheckReport {
        try ready()
        var report = CheckReport()
        let contributionMonths = try months(Contribution.self, in: nil)
        let recognitionMonths = try months(Recognition.self, in: nil)
        let total = contributionMonths.count + recognitionMonths.count + 2
        var done = 0
        func tick() {
            done += 1
            progress(done, total)
        }

        for row in try rows("SELECT id, name, team FROM employees ORDER BY id") {
            let (id, name, team) = try row.decode((String, String, String).self)
            report.employees += 1
            if name.trimmingCharacters(in: .whitespaces).isEmpty { report.problems.append(Phrase("employees \(SafeText.escaped(id)): the name is empty", nl: "employees \(SafeText.escaped(id)): de naam is leeg")) }
            if team.trimmingCharacters(in: .whitespaces).isEmpty { report.problems.append(Phrase("employees \(SafeText.escaped(id)): the team is empty", nl: "employees \(SafeText.escaped(id)): het team is leeg")) }
        }
        tick()

        for month in contributionMonths {
            guard let range = PostgresStore.range(ofMonth: month) else { continue }
            for row in try rows("""
                SELECT id, category, channel, idea_status, points, note, value_tags FROM contributions
                WHERE date BETWEEN \(range.from.description)::date AND \(range.to.description)::date ORDER BY date, id
                """) {
                let (id, category, channel, status, points, note, tags) =
                    try row.decode((String, String, String?, String?, Int, String, [String]).self)
                report.contributions += 1
                let place = "contributions \(SafeText.escaped(id))"
                guard let known = Category(rawValue: category) else {
                    report.problems.append(Phrase("\(place): category \"\(SafeText.escaped(category))\" is not one kartrekker knows",
                                                  nl: "\(place): categorie \"\(SafeText.escaped(category))\" kent kartrekker niet"))
                    continue
                }
                if let channel, Channel(rawValue: channel) == nil {
                    report.problems.append(Phrase("\(place): channel \"\(SafeText.escaped(channel))\" is not one kartrekker knows",
                                                  nl: "\(place): kanaal \"\(SafeText.escaped(channel))\" kent kartrekker niet"))
                }
                let idea = status.flatMap(IdeaStatus.init(rawValue:))
                if let status, idea == nil {
                    report.problems.append(Phrase("\(place): idea status \"\(SafeText.escaped(status))\" is not one kartrekker knows",
                                                  nl: "\(place): status \"\(SafeText.escaped(status))\" kent kartrekker niet"))
                } else if points != Contribution.points(category: known, ideaStatus: idea) {
                    let rule = Contribution.points(category: known, ideaStatus: idea)
                    report.problems.append(Phrase("\(place): stores \(points) points; the rule gives \(rule) (boards would count it wrong)",
                                                  nl: "\(place): bewaart \(points) punten; de regel geeft \(rule) (ranglijsten zouden verkeerd tellen)"))
                }
                if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report.problems.append(Phrase("\(place): the note is empty", nl: "\(place): de notitie is leeg")) }
                do {
                    if try Validation.valueTags(tags) != tags { report.problems.append(Phrase("\(place): its values are not trimmed, lower-case and unique",
                                                                                                         nl: "\(place): de waarden zijn niet bijgesneden, in kleine letters en uniek")) }
                } catch {
                    report.problems.append(Phrase("\(place): \(error)", nl: "\(place): \((error as? KartrekkerError)?.message(in: .dutch) ?? "\(error)")"))
                }
            }
            tick()
        }

        for month in recognitionMonths {
            guard let range = PostgresStore.range(ofMonth: month) else { continue }
            for row in try rows("""
                SELECT id, kind, visibility, message FROM recognitions
                WHERE date BETWEEN \(range.from.description)::date AND \(range.to.description)::date ORDER BY date, id
                """) {
                let (id, kind, visibility, message) = try row.decode((String, String, String, String).self)
                report.recognitions += 1
                let place = "recognitions \(SafeText.escaped(id))"
                if RecognitionKind(rawValue: kind) == nil { report.problems.append(Phrase("\(place): kind \"\(SafeText.escaped(kind))\" is not one kartrekker knows",
                                                                                             nl: "\(place): soort \"\(SafeText.escaped(kind))\" kent kartrekker niet")) }
                if Visibility(rawValue: visibility) == nil {
                    report.problems.append(Phrase("\(place): visibility \"\(SafeText.escaped(visibility))\" is not one kartrekker knows",
                                                  nl: "\(place): zichtbaarheid \"\(SafeText.escaped(visibility))\" kent kartrekker niet"))
                }
                if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report.problems.append(Phrase("\(place): the message is empty", nl: "\(place): het bericht is leeg")) }
            }
            tick()
        }
        // A recognition is for the person's own contributions, dated on or before it.
        for row in try rows("""
            SELECT r.id, link, c.id IS NULL, c.employee_id IS DISTINCT FROM r.employee_id
            FROM recognitions r CROSS JOIN LATERAL unnest(r.contribution_ids) AS link LEFT JOIN contributions c ON c.id = link
            WHERE c.id IS NULL OR c.employee_id <> r.employee_id OR c.date > r.date ORDER BY r.id, link
            """) {
            let (id, link, missing, otherPerson) = try row.decode((String, String, Bool, Bool).self)
            let why = missing ? "which does not exist" : otherPerson ? "which is another employee's" : "which is dated after it"
            let dutchWhy = missing ? "die niet bestaat" : otherPerson ? "die van een andere medewerker is" : "die van later is"
            report.problems.append(Phrase("recognitions \(SafeText.escaped(id)): is for contribution \(SafeText.escaped(link)), \(why)",
                                          nl: "recognitions \(SafeText.escaped(id)): is voor bijdrage \(SafeText.escaped(link)), \(dutchWhy)"))
        }
        // The totals the database keeps, against its records added up now.
        for row in try rows("""
            WITH fresh AS (\(unescaped: PostgresSchema.monthTotalsFromRecords))
            SELECT coalesce(m.employee_id, f.employee_id), to_char(coalesce(m.month, f.month), 'YYYY-MM')
            FROM month_totals m FULL JOIN fresh f ON m.employee_id = f.employee_id AND m.month = f.month
            WHERE m.employee_id IS NULL OR f.employee_id IS NULL
               OR (m.points, m.contributions, m.recognitions) <> (f.points, f.contributions, f.recognitions)
            ORDER BY 1, 2
            """) {
            let (employee, month) = try row.decode((String, String).self)
            report.problems.append(Phrase(
                "month_totals \(SafeText.escaped(employee)) \(month): differs from the records of that month (the owner rebuilds the totals with `kartrekker db migrate --rebuild-totals`)",
                nl: "month_totals \(SafeText.escaped(employee)) \(month): verschilt van de gegevens van die maand (de eigenaar bouwt de totalen opnieuw met `kartrekker db migrate --rebuild-totals`)"))
        }
        report.problems += try hardeningGaps()
        tick()
        return report
    }

    /// What another role could use to make kartrekker's code run its objects: `PUBLIC` allowed
    /// to create in kartrekker's schema or to make temporary objects (migration 4 takes both,
    /// where the role that migrated owns the schema and the database), or a function of
    /// kartrekker's whose search_path is not pinned.
    func hardeningGaps() throws -> [Phrase] {
        var gaps: [Phrase] = []
        let schemaOf = "(SELECT relnamespace FROM pg_class WHERE oid = 'employees'::regclass)"
        if let row = try rows(PostgresQuery(unsafeSQL: """
            SELECT n.nspname::text, current_database()::text, has_schema_privilege('public', n.oid, 'CREATE'),
                   has_database_privilege('public', current_database(), 'TEMP')
            FROM pg_namespace n WHERE n.oid = \(schemaOf)
            """)).first {
            let (schema, database, create, temporary) = try row.decode((String, String, Bool, Bool).self)
            if create {
                gaps.append(Phrase("schema \(SafeText.escaped(schema)): every role may create objects in it, which could stand in for kartrekker's tables and functions; "
                                   + "the schema's owner runs REVOKE CREATE ON SCHEMA \(PostgresStore.identifier(schema)) FROM PUBLIC",
                                   nl: "schema \(SafeText.escaped(schema)): elke rol mag er objecten in maken, die de tabellen en functies van kartrekker zouden kunnen vervangen; "
                                   + "de eigenaar van het schema draait REVOKE CREATE ON SCHEMA \(PostgresStore.identifier(schema)) FROM PUBLIC"))
            }
            if temporary {
                gaps.append(Phrase("database \(SafeText.escaped(database)): every role may make temporary tables, which stand first in a search path that does not pin them last; "
                                   + "the database's owner runs REVOKE TEMPORARY ON DATABASE \(PostgresStore.identifier(database)) FROM PUBLIC",
                                   nl: "database \(SafeText.escaped(database)): elke rol mag tijdelijke tabellen maken, die vooraan staan in een zoekpad dat ze niet achteraan zet; "
                                   + "de eigenaar van de database draait REVOKE TEMPORARY ON DATABASE \(PostgresStore.identifier(database)) FROM PUBLIC"))
            }
        }
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT p.proname::text FROM pg_proc p
            WHERE p.pronamespace = \(schemaOf) AND p.proname IN ('leads_employee', 'contributions_totals', 'recognitions_totals')
              AND p.proconfig IS DISTINCT FROM ARRAY['search_path=pg_catalog, pg_temp'] ORDER BY 1
            """)) {
            let name = try row.decode(String.self)
            gaps.append(Phrase("function \(name): its search_path is not pinned (pg_catalog, pg_temp), so objects another role makes could stand in for kartrekker's; "
                               + "the owner runs `kartrekker db migrate`",
                               nl: "function \(name): het search_path ligt niet vast (pg_catalog, pg_temp), dus objecten van een andere rol kunnen die van kartrekker vervangen; "
                               + "de eigenaar draait `kartrekker db migrate`"))
        }
        return gaps
    }

    /// Adds the month totals up anew from the records (after a repair by hand in SQL).
    public func rebuildMonthTotals() throws {
        try ready()
        try requireWholeDatabase("rebuilding the month totals")
        try withWriteLock {
            try rows("DELETE FROM month_totals")
            try rows(PostgresQuery(unsafeSQL: PostgresSchema.monthTotalsFilling))
        }
    }
}
#endif
