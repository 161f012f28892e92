#if PostgreSQL
import Foundation
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// Reading: records by date and by person, and totals by SQL (the ranking is Core's).
extension PostgresStore {
    // MARK: Records

    public func employees() throws -> [Employee] {
        try ready()
        return try rows("SELECT \(unescaped: PostgresStore.employeeColumns) FROM employees ORDER BY id").map(PostgresStore.employee)
    }

    public func employee(id: String) throws -> Employee? {
        try ready()
        return try rows("SELECT \(unescaped: PostgresStore.employeeColumns) FROM employees WHERE id = \(id)")
            .first.map(PostgresStore.employee)
    }

    public func assignableTeams() throws -> [String] {
        let inUse = try employeeDirectory().teams
        guard try !seesEverything() else { return inUse }
        let led = try rows("SELECT team FROM team_leads WHERE role_name = current_user").map { try $0.decode(String.self) }
        let folded = Set(inUse.map(\.folded))
        return (inUse + led.filter { !folded.contains($0.folded) }).sorted { $0.folded < $1.folded }
    }

    public func employeeDirectory() throws -> EmployeeDirectory {
        EmployeeDirectory(try employees())
    }

    public func record<Record: DatedRecord>(_ kind: Record.Type, id: String) throws -> Record? {
        try ready()
        return try select(kind, where: "id = \(id)").first
    }

    public func records<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        try ready()
        return try select(kind, in: range)
    }

    public func forEachMonth<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, newestFirst: Bool,
                                                  _ body: ([Record]) throws -> Void) throws {
        try ready()
        let ranges = try monthRanges(kind, in: range, newestFirst: newestFirst)
        // The next month is fetched and decoded on the store's thread while `body` works on
        // this one (writing a list or an export): the two overlap, as the data directory's
        // months decoded ahead do. A fetch that failed is asked again the plain way, which
        // says why or reconnects.
        var ahead = ranges.first.flatMap { fetch(kind, in: $0) }
        for (index, monthRange) in ranges.enumerated() {
            let fetched = try ahead.flatMap { task in try blocking.wait { await task.value } }
            ahead = index + 1 < ranges.count ? fetch(kind, in: ranges[index + 1]) : nil
            try body(try fetched ?? select(kind, in: monthRange))
        }
    }

    /// Starts fetching and decoding the records of `range` on the store's thread; `nil` comes
    /// back for any failure (the caller asks again).
    private func fetch<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange) -> Task<[Record]?, Never>? {
        guard let connection = try? connected() else { return nil }
        let (query, logger) = (PostgresStore.selection(kind, in: range), self.logger)
        return Task(executorPreference: blocking) {
            do {
                var records: [Record] = []
                for try await row in try await connection.query(query, logger: logger) { records.append(try PostgresStore.decode(row)) }
                return records
            } catch {
                return nil
            }
        }
    }

    public func newest<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, atLeast count: Int?, refining refine: ((Record) -> Bool)?,
                                            passing test: (String, CalendarDate, KartrekkerCore.Category?) -> Bool) throws -> [Record] {
        try ready()
        var found: [Record] = []
        for monthRange in try monthRanges(kind, in: range, newestFirst: true) {
            if let count, found.count >= count { break }
            for record in try select(kind, in: monthRange)
            where test(record.employeeId, record.date, (record as? Contribution)?.category) && (refine?(record) ?? true) {
                found.append(record)
            }
        }
        return found
    }

    public func history(of employeeID: String) throws -> (contributions: [Contribution], recognitions: [Recognition]) {
        try ready()
        return (try select(Contribution.self, where: "employee_id = \(employeeID)"),
                try select(Recognition.self, where: "employee_id = \(employeeID)"))
    }

    public func latestRecords<Record: DatedRecord>(_ kind: Record.Type, of employeeID: String, count: Int,
                                                   since: CalendarDate?) throws -> [Record] {
        try ready()
        // Their newest `count` by the (employee, date) index, and any later than `since`.
        let columns = Record.recordKind == .contribution ? PostgresStore.contributionColumns : PostgresStore.recognitionColumns
        return try rows("""
            SELECT \(unescaped: columns) FROM (
                SELECT *, row_number() OVER (ORDER BY date DESC, id DESC) AS newness FROM \(unescaped: PostgresStore.table(kind))
                WHERE employee_id = \(employeeID)) AS theirs
            WHERE newness <= \(count) OR date >= \(since?.description)::date ORDER BY date DESC, id DESC
            """).map(PostgresStore.decode)
    }

    public func latestDates<Record: DatedRecord>(_ kind: Record.Type, upTo day: CalendarDate, of employees: Set<String>) throws
        -> [String: CalendarDate] {
        try ready()
        let table = PostgresStore.table(kind)
        var latest: [String: CalendarDate] = [:]
        // One step down the (employee, date) index per person, not a pass over every record.
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT e.id, (SELECT r.date FROM \(table) r WHERE r.employee_id = e.id AND r.date <= $1::date
                          ORDER BY r.date DESC LIMIT 1)::text
            FROM employees e
            """, binds: PostgresStore.binds(day.description))) {
            let (id, date) = try row.decode((String, String?).self)
            if employees.contains(id), let date, let parsed = CalendarDate(date) { latest[id] = parsed }
        }
        return latest
    }

    // MARK: RecordStore: totals

    public func leaderboard(_ period: Period, filter: LeaderboardFilter, top: Int?) throws -> Leaderboard {
        let current = try monthTotals(in: period.range, filter: filter)
        return Leaderboard(period: period, filter: filter, top: top, employees: try employees(),
                           totals: try current?.contributions ?? contributionTotals(in: period.range, filter: filter),
                           previousTotals: try period.previous.map { try contributionTotals(in: $0.range, filter: filter) } ?? [:],
                           recognitionCounts: try current?.recognitions ?? recognitionCounts(in: period.range))
    }

    /// Totals over whole months (a month, a quarter, a year, all time) with no category or
    /// value asked for, from a row per person and month; `nil` for anything else, which the
    /// records themselves answer.
    func monthTotals(in range: DateRange?, filter: LeaderboardFilter) throws
        -> (contributions: [String: ScoreTotal], recognitions: [String: Int])? {
        guard filter.category == nil, filter.value == nil, filter.contactMoment == nil else { return nil }
        if let range, range.from.day != 1 || range.to != range.to.lastOfMonth { return nil }
        try ready()
        var binds = PostgresBindings()
        let condition = PostgresStore.dates(range, column: "month", into: &binds)
        var contributions: [String: ScoreTotal] = [:]
        var recognitions: [String: Int] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT employee_id, sum(points)::bigint, sum(contributions)::bigint, sum(recognitions)::bigint
            FROM month_totals WHERE \(condition) GROUP BY employee_id
            """, binds: binds)) {
            let (id, score, count, recognized) = try row.decode((String, Int, Int, Int).self)
            if count > 0 { contributions[id] = ScoreTotal(score: score, count: count) }
            if recognized > 0 { recognitions[id] = recognized }
        }
        return (contributions, recognitions)
    }

    public func nudges(at: CalendarDate) throws -> Nudges {
        let scores = try contributionTotals(in: Nudges.scoreWindow(at: at), filter: LeaderboardFilter()).mapValues(\.score)
        let latest = try latestDates(Recognition.self, upTo: at, of: Set(scores.filter { $0.value > 0 }.keys))
        return Nudges(at: at, employees: try employees(), scores: scores, latestRecognitions: latest)
    }

    public func contributionTotals(in range: DateRange?, filter: LeaderboardFilter) throws -> [String: ScoreTotal] {
        if let whole = try monthTotals(in: range, filter: filter) { return whole.contributions }
        try ready()
        var binds = PostgresBindings()
        var conditions = [PostgresStore.dates(range, into: &binds)]
        if let category = filter.category {
            binds.append(category.rawValue)
            conditions.append("category = $\(binds.count)")
        }
        if let value = filter.value.map(Validation.foldedValueTag) {
            binds.append(value)
            conditions.append("$\(binds.count) = ANY (value_tags)")
        }
        if let moment = filter.contactMoment {
            binds.append(moment.key)
            conditions.append("contact_moment = $\(binds.count)")
        }
        var totals: [String: ScoreTotal] = [:]
        let query = PostgresQuery(unsafeSQL: """
            SELECT employee_id, sum(points)::bigint, count(*)::bigint FROM contributions
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY employee_id
            """, binds: binds)
        for row in try rows(query) {
            let (id, score, count) = try row.decode((String, Int, Int).self)
            totals[id] = ScoreTotal(score: score, count: count)
        }
        return totals
    }

    public func recognitionCounts(in range: DateRange?) throws -> [String: Int] {
        var binds = PostgresBindings()
        let condition = PostgresStore.dates(range, into: &binds)
        var counts: [String: Int] = [:]
        for row in try rows(PostgresQuery(unsafeSQL: "SELECT employee_id, count(*)::bigint FROM recognitions WHERE \(condition) GROUP BY employee_id",
                                          binds: binds)) {
            let (id, count) = try row.decode((String, Int).self)
            counts[id] = count
        }
        return counts
    }

    /// The condition for dates in `range` (its bounds bound as parameters): written out only
    /// for the bounds there are, so that the index on dates is used.
    static func dates(_ range: DateRange?, column: String = "date", into binds: inout PostgresBindings) -> String {
        guard let range else { return "TRUE" }
        binds.append(range.from.description)
        binds.append(range.to.description)
        return "\(column) BETWEEN $\(binds.count - 1)::date AND $\(binds.count)::date"
    }

    public func holdsFieldsAfterContract<Record: DatedRecord>(_ kind: Record.Type) throws -> Bool {
        try ready()
        let condition = Record.recordKind == .contribution
            ? "contact_moment IS NOT NULL OR story_problem IS NOT NULL OR story_action IS NOT NULL OR story_cost_cents IS NOT NULL "
              + "OR story_outcome IS NOT NULL OR decline_reason IS NOT NULL"
            : "amount_cents IS NOT NULL"
        return try rows(PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \(PostgresStore.table(kind)) WHERE \(condition))"))
            .first?.decode(Bool.self) ?? false
    }

    public func valueTags() throws -> [String] {
        try ready()
        return try rows("SELECT DISTINCT unnest(value_tags) AS tag FROM contributions ORDER BY tag").map { try $0.decode(String.self) }
    }

    /// Added up by SQL: one pass over the person's rows per kind (by the (employee, date)
    /// index), a filtered sum per period.
    public func personTotals(_ employeeID: String, periods: [Period]) throws -> [PersonTotals] {
        try ready()
        var binds = PostgresBindings()
        binds.append(employeeID)
        let conditions = periods.map { PostgresStore.dates($0.range, into: &binds) }
        var totals = Array(repeating: PersonTotals(), count: periods.count)
        let sums = conditions.map { "coalesce(sum(points) FILTER (WHERE \($0)), 0)::bigint, count(*) FILTER (WHERE \($0))::bigint" }
        for row in try rows(PostgresQuery(unsafeSQL: """
            SELECT category, coalesce(idea_status, ''), \(sums.joined(separator: ", ")) FROM contributions
            WHERE employee_id = $1 GROUP BY 1, 2
            """, binds: binds)) {
            let cells = row.makeRandomAccess()
            let category = try cells[0].decode(String.self)
            let status = try cells[1].decode(String.self)
            guard let known = Category.allCases.firstIndex(where: { $0.rawValue == category }) else {
                throw KartrekkerError("the database holds a contribution of \(SafeText.escaped(employeeID)) with category \"\(SafeText.escaped(category))\", which this kartrekker does not know",
                                      nl: "de database bevat een bijdrage van \(SafeText.escaped(employeeID)) met categorie \"\(SafeText.escaped(category))\", die deze kartrekker niet kent",
                                      details: ["`kartrekker check` lists every such row"],
                                      nlDetails: ["`kartrekker check` noemt elke zulke rij"])
            }
            let idea = IdeaStatus.allCases.firstIndex { $0.rawValue == status }
            for index in periods.indices {
                let figures = ScoreTotal(score: try cells[2 + 2 * index].decode(Int.self), count: try cells[3 + 2 * index].decode(Int.self))
                totals[index].total += figures
                totals[index].byCategory[known] += figures
                if let idea { totals[index].ideas[idea] += figures.count }
            }
        }
        let counts = conditions.map { "count(*) FILTER (WHERE \($0))::bigint" }
        if let row = try rows(PostgresQuery(unsafeSQL: "SELECT \(counts.joined(separator: ", ")) FROM recognitions WHERE employee_id = $1",
                                            binds: binds)).first {
            let cells = row.makeRandomAccess()
            for index in periods.indices { totals[index].recognitions = try cells[index].decode(Int.self) }
        }
        return totals
    }

    public func figures(in range: DateRange) throws -> PeriodFigures {
        try ready()
        var figures = PeriodFigures()
        let (from, to) = (range.from.description, range.to.description)
        if let row = try rows("""
            SELECT count(*)::bigint, count(DISTINCT employee_id)::bigint,
                   count(*) FILTER (WHERE idea_status IN (\(unescaped: IdeaStatus.takenUp.map { "'\($0.rawValue)'" }.joined(separator: ", "))))::bigint
            FROM contributions WHERE date BETWEEN \(from)::date AND \(to)::date
            """).first {
            (figures.contributions, figures.contributing, figures.ideasAdopted) = try row.decode((Int, Int, Int).self)
        }
        figures.recognitions = try rows("SELECT count(*)::bigint FROM recognitions WHERE date BETWEEN \(from)::date AND \(to)::date")
            .first.map { try $0.decode(Int.self) } ?? 0
        return figures
    }

    public func contributionsPerDay(in range: DateRange) throws -> [CalendarDate: Int] {
        try ready()
        var counts: [CalendarDate: Int] = [:]
        for row in try rows("""
            SELECT date::text, count(*)::bigint FROM contributions
            WHERE date BETWEEN \(range.from.description)::date AND \(range.to.description)::date GROUP BY date
            """) {
            let (day, count) = try row.decode((String, Int).self)
            if let date = CalendarDate(day) { counts[date] = count }
        }
        return counts
    }
}
#endif
