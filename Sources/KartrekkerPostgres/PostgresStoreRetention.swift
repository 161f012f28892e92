#if PostgreSQL
import KartrekkerCore
import KartrekkerPort
import PostgresNIO

/// The organisation's settings (the `settings` table) and the purge of records older than its
/// retention period, on the database.
extension PostgresStore {
    public func settings() throws -> OrganisationSettings {
        try ready()
        var settings = OrganisationSettings()
        for row in try rows("SELECT key, value FROM settings") {
            let (key, value) = try row.decode((String, String).self)
            switch key {
            case "retention": settings.retention = RetentionPeriod(value)
            case "purged_before": settings.purgedBefore = CalendarDate(value)
            case "board": settings.board = BoardMode(rawValue: value) ?? .points
            case "nudges": settings.nudges = value != "off"
            case "contact_moments": settings.contactMoments = value.split(separator: "\n").map(String.init)
            case let budget where budget.hasPrefix("budget:"):
                // budget:YEAR:TEAM, the amount in cents.
                let parts = budget.split(separator: ":", maxSplits: 2)
                if parts.count == 3, let year = Int(parts[1]), let cents = Int(value) {
                    settings.budgets.append(MandateBudget(team: String(parts[2]), year: year, amount: Euros(cents: cents)))
                }
            default: continue
            }
        }
        return settings
    }

    public func residentScores() throws -> [ResidentScore] {
        try ready()
        return try rows("SELECT quarter, contact_moment, team, score::float8 FROM resident_scores ORDER BY quarter, contact_moment, team").map { row in
            let (quarter, moment, team, score) = try row.decode((String, String, String, Double).self)
            return ResidentScore(quarter: quarter, contactMoment: ContactMoment(key: moment), team: team.isEmpty ? nil : team, score: score)
        }
    }

    public func saveResidentScore(_ score: ResidentScore, removing: Bool) throws {
        try ready()
        try writing {
            let team = score.team ?? ""
            try rows("""
                DELETE FROM resident_scores WHERE quarter = \(score.quarter) AND contact_moment = \(score.contactMoment.key)
                AND lower(team) = lower(\(team))
                """)
            if !removing {
                try rows("""
                    INSERT INTO resident_scores (quarter, contact_moment, team, score)
                    VALUES (\(score.quarter), \(score.contactMoment.key), \(team), \(score.score))
                    """)
            }
        }
    }

    public func saveSettings(_ settings: OrganisationSettings) throws {
        try ready()
        try requireWholeDatabase("changing the organisation's settings")
        try writing { try store(settings) }
    }

    private func store(_ settings: OrganisationSettings) throws {
        let values: [(String, String?)] = [("retention", settings.retention?.description), ("purged_before", settings.purgedBefore?.description),
                                           ("board", settings.board.rawValue), ("nudges", settings.nudges ? "on" : "off"),
                                           ("contact_moments", settings.contactMoments.isEmpty ? nil : settings.contactMoments.joined(separator: "\n"))]
        try rows("DELETE FROM settings WHERE key LIKE 'budget:%'")
        for budget in settings.budgets {
            try rows("INSERT INTO settings VALUES (\("budget:\(budget.year):\(budget.team)"), \(String(budget.amount.cents)))")
        }
        for (key, value) in values {
            if let value {
                try rows("INSERT INTO settings VALUES (\(key), \(value)) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
            } else {
                try rows("DELETE FROM settings WHERE key = \(key)")
            }
        }
    }

    public func purgePlan(before day: CalendarDate) throws -> Purge {
        try ready()
        try requireWholeDatabase("purging old records")
        return try purging(before: day, applying: false)
    }

    public func purge(before day: CalendarDate) throws -> Purge {
        try ready()
        try requireWholeDatabase("purging old records")
        return try writing {
            let plan = try purging(before: day, applying: true)
            // Only where records went: boards are not told of a purge that removed nothing.
            if plan.contributions + plan.recognitions > 0 {
                var settings = try self.settings()
                settings.purgedBefore = max(settings.purgedBefore ?? day, day)
                try store(settings)
            }
            return plan
        }
    }

    /// Counts what goes, and with `applying` removes it: the links first, then the records,
    /// then archived people left with none (the month totals follow by their triggers).
    private func purging(before day: CalendarDate, applying: Bool) throws -> Purge {
        let date = day.description
        let contributions = try rows("SELECT count(*)::bigint FROM contributions WHERE date < \(date)::date").first.map { try $0.decode(Int.self) } ?? 0
        let recognitions = try rows("SELECT count(*)::bigint FROM recognitions WHERE date < \(date)::date").first.map { try $0.decode(Int.self) } ?? 0
        let links = try rows("""
            SELECT count(*)::bigint FROM recognitions r CROSS JOIN LATERAL unnest(r.contribution_ids) AS link
            JOIN contributions c ON c.id = link WHERE r.date >= \(date)::date AND c.date < \(date)::date
            """).first.map { try $0.decode(Int.self) } ?? 0
        let gone = try rows("""
            SELECT id, name FROM employees e WHERE archived
              AND NOT EXISTS (SELECT 1 FROM contributions c WHERE c.employee_id = e.id AND c.date >= \(date)::date)
              AND NOT EXISTS (SELECT 1 FROM recognitions r WHERE r.employee_id = e.id AND r.date >= \(date)::date)
            ORDER BY id
            """).map { try $0.decode((String, String).self) }
        if applying {
            try rows("""
                UPDATE recognitions r SET contribution_ids = ARRAY(
                    SELECT link FROM unnest(r.contribution_ids) AS link
                    WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.id = link AND c.date < \(date)::date))
                WHERE r.date >= \(date)::date AND EXISTS (
                    SELECT 1 FROM unnest(r.contribution_ids) AS link JOIN contributions c ON c.id = link WHERE c.date < \(date)::date)
                """)
            try rows("DELETE FROM recognitions WHERE date < \(date)::date")
            try rows("DELETE FROM contributions WHERE date < \(date)::date")
            try rows("DELETE FROM employees WHERE id = ANY (\(gone.map(\.0)))")
        }
        return Purge(before: day, contributions: contributions, recognitions: recognitions, links: links,
                     employees: gone.map(\.1), backups: 0)
    }
}
#endif
