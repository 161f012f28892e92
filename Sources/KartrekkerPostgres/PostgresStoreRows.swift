#if PostgreSQL
import Foundation
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// Records to rows and back: the columns read, one insert or many (arrays unnested).
extension PostgresStore {
    // MARK: Columns

    static func range(ofMonth month: String) -> DateRange? {
        CalendarDate(month + "-01").flatMap { DateRange(from: $0, to: $0.lastOfMonth) }
    }

    static func table<Record: DatedRecord>(_ kind: Record.Type) -> String {
        Record.recordKind.plural
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    static let employeeColumns = "id, name, team, role, email, start_date::text, archived, on_board, praise"
    static let contributionColumns =
        "id, employee_id, date::text, category, note, channel, value_tags, project, idea_status, recorded_by, recorded_at, "
        + "contact_moment, story_problem, story_action, story_cost_cents, story_outcome, decline_reason, shared_with"
    static let recognitionColumns =
        "id, employee_id, date::text, kind, message, contribution_ids, visibility, recorded_by, recorded_at, amount_cents"

    /// The months (`YYYY-MM`) that hold records of `kind` in `range`, oldest first: read from
    /// the month totals (a row per person and month), not from every record.
    func months<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [String] {
        var binds = PostgresBindings()
        let whole = range.flatMap { DateRange(from: $0.from.firstOfMonth, to: $0.to) }
        let condition = PostgresStore.dates(whole, column: "month", into: &binds)
        return try rows(PostgresQuery(unsafeSQL: """
            SELECT DISTINCT to_char(month, 'YYYY-MM') AS month FROM month_totals
            WHERE \(condition) AND \(PostgresStore.table(kind)) > 0 ORDER BY month
            """, binds: binds)).map { try $0.decode(String.self) }
    }

    /// The dates of each month of `kind` in `range`, clipped to it, oldest month first unless
    /// `newestFirst`.
    func monthRanges<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, newestFirst: Bool) throws -> [DateRange] {
        let months = try self.months(kind, in: range)
        return (newestFirst ? months.reversed() : months).compactMap { month in
            PostgresStore.range(ofMonth: month).map { whole in
                range.flatMap { DateRange(from: max($0.from, whole.from), to: min($0.to, whole.to)) } ?? whole
            }
        }
    }

    func select<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) throws -> [Record] {
        try rows(PostgresStore.selection(kind, in: range)).map(PostgresStore.decode)
    }

    /// The query for the records of `kind` dated in `range`, in order.
    static func selection<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?) -> PostgresQuery {
        var binds = PostgresBindings()
        let condition = PostgresStore.dates(range, into: &binds)
        return selection(kind, sql: condition, binds: binds)
    }

    static func selection<Record: DatedRecord>(_ kind: Record.Type, sql condition: String, binds: PostgresBindings) -> PostgresQuery {
        let columns = Record.recordKind == .contribution ? PostgresStore.contributionColumns : PostgresStore.recognitionColumns
        return PostgresQuery(unsafeSQL: "SELECT \(columns) FROM \(PostgresStore.table(kind)) WHERE \(condition) ORDER BY date, id", binds: binds)
    }

    func select<Record: DatedRecord>(_ kind: Record.Type, where condition: PostgresQuery) throws -> [Record] {
        try select(kind, sql: condition.sql, binds: condition.binds)
    }

    func select<Record: DatedRecord>(_ kind: Record.Type, sql condition: String, binds: PostgresBindings) throws -> [Record] {
        try rows(PostgresStore.selection(kind, sql: condition, binds: binds)).map(PostgresStore.decode)
    }

    /// A record of either kind from its row (`contributionColumns` or `recognitionColumns`).
    static func decode<Record: DatedRecord>(_ row: PostgresRow) throws -> Record {
        if Record.recordKind == .contribution { return try contribution(row) as! Record }
        return try recognition(row) as! Record
    }

    func insert<Record: DatedRecord>(_ record: Record) throws {
        try insert([record])
    }

    /// Records of one kind, in one statement.
    func insert<Record: DatedRecord>(_ records: [Record]) throws {
        let taken = KartrekkerError("a record with id \(records.count == 1 ? SafeText.escaped(records[0].id) : "among these") already exists",
                                    nl: "er bestaat al een gegeven met id \(records.count == 1 ? SafeText.escaped(records[0].id) : "onder deze")")
        if let contributions = records as? [Contribution] {
            try insertContributions(contributions, keyTaken: taken)
        } else if let recognitions = records as? [Recognition] {
            try insertRecognitions(recognitions, keyTaken: taken)
        }
    }

    func insert(_ employee: Employee) throws {
        try rows("""
            INSERT INTO employees (id, name, team, role, email, start_date, archived, on_board, praise)
            VALUES (\(employee.id), \(employee.name), \(employee.team), \(employee.role), \(employee.email),
                    \(employee.startDate?.description)::date, \(employee.archived), \(employee.onBoard), \(employee.praise.rawValue))
            """)
    }

    /// Many recognitions in one statement, as contributions.
    /// `keepingRecorder`: who recorded each is written as the record says (the owner's import
    /// of records written elsewhere); otherwise the column is left to the database, which
    /// records the role writing (a team lead may not name it).
    func insertRecognitions(_ records: [Recognition], keepingRecorder: Bool = false, keyTaken: KartrekkerError? = nil) throws {
        guard !records.isEmpty else { return }
        let links = records.map { $0.contributionIds.joined(separator: "\u{1F}") }
        let recorder = keepingRecorder ? " recorded_by," : ""
        try rows("""
            INSERT INTO recognitions (id, employee_id, date, kind, message, contribution_ids, visibility,\(unescaped: recorder) recorded_at,
                                      amount_cents)
            SELECT id, employee_id, date::date, kind, message,
                   CASE WHEN links = '' THEN '{}'::text[] ELSE string_to_array(links, E'\\x1F') END,
                   visibility,\(unescaped: recorder) recorded_at, nullif(amount, 0)
            FROM unnest(\(records.map(\.id)), \(records.map(\.employeeId)), \(records.map(\.date.description)),
                        \(records.map(\.kind.rawValue)), \(records.map(\.message)), \(links), \(records.map(\.visibility.rawValue)),
                        \(records.map(\.recordedBy)), \(records.map(\.recordedAt)), \(records.map { $0.amount?.cents ?? 0 }))
                AS t(id, employee_id, date, kind, message, links, visibility, recorded_by, recorded_at, amount)
            """, keyTaken: keyTaken)
    }

    /// Many contributions in one statement (arrays unnested): the points come from Core.
    /// (`keepingRecorder` as for recognitions.)
    func insertContributions(_ records: [Contribution], keepingRecorder: Bool = false, keyTaken: KartrekkerError? = nil) throws {
        guard !records.isEmpty else { return }
        let recorder = keepingRecorder ? " recorded_by," : ""
        if records.count == 1, !keepingRecorder {
            // One, as plain values: what a team lead's log costs the server most often.
            let record = records[0]
            try rows("""
                INSERT INTO contributions (id, employee_id, date, category, note, channel, value_tags, project, idea_status, points,
                                           recorded_at, contact_moment, story_problem, story_action, story_cost_cents, story_outcome,
                                           decline_reason, shared_with)
                VALUES (\(record.id), \(record.employeeId), \(record.date.description)::date, \(record.category.rawValue), \(record.note),
                        \(record.channel?.rawValue), \(record.values), \(record.project), \(record.ideaStatus?.rawValue), \(record.points),
                        \(record.recordedAt), \(record.contactMoment?.key), \(record.story?.problem), \(record.story?.action),
                        \(record.story?.cost?.cents), \(record.story?.outcome), \(record.declineReason), \(record.with))
                """, keyTaken: keyTaken)
            return
        }
        // Tags travel as one text per record (a unit separator between them): arrays of arrays
        // must be rectangular in PostgreSQL. A missing channel, project or status travels as ''.
        let tags = records.map { $0.values.joined(separator: "\u{1F}") }
        try rows("""
            INSERT INTO contributions (id, employee_id, date, category, note, channel, value_tags, project, idea_status, points,
                                      \(unescaped: recorder) recorded_at, contact_moment, story_problem, story_action, story_cost_cents,
                                      story_outcome, decline_reason, shared_with)
            SELECT id, employee_id, date::date, category, note, nullif(channel, ''),
                   CASE WHEN tags = '' THEN '{}'::text[] ELSE string_to_array(tags, E'\\x1F') END,
                   nullif(project, ''), nullif(idea_status, ''), points,\(unescaped: recorder) recorded_at,
                   nullif(moment, ''), nullif(problem, ''), nullif(action, ''), nullif(cost, -1), nullif(outcome, ''), nullif(reason, ''),
                   CASE WHEN shared = '' THEN '{}'::text[] ELSE string_to_array(shared, E'\\x1F') END
            FROM unnest(\(records.map(\.id)), \(records.map(\.employeeId)), \(records.map(\.date.description)),
                        \(records.map(\.category.rawValue)), \(records.map(\.note)), \(records.map { $0.channel?.rawValue ?? "" }),
                        \(tags), \(records.map { $0.project ?? "" }), \(records.map { $0.ideaStatus?.rawValue ?? "" }), \(records.map(\.points)),
                        \(records.map(\.recordedBy)), \(records.map(\.recordedAt)), \(records.map { $0.contactMoment?.key ?? "" }),
                        \(records.map { $0.story?.problem ?? "" }), \(records.map { $0.story?.action ?? "" }),
                        \(records.map { $0.story?.cost?.cents ?? -1 }), \(records.map { $0.story?.outcome ?? "" }),
                        \(records.map { $0.declineReason ?? "" }), \(records.map { $0.with.joined(separator: "\u{1F}") }))
                AS t(id, employee_id, date, category, note, channel, tags, project, idea_status, points, recorded_by, recorded_at,
                     moment, problem, action, cost, outcome, reason, shared)
            """, keyTaken: keyTaken)
    }

    static func employee(_ row: PostgresRow) throws -> Employee {
        let (id, name, team, role, email, start, archived, onBoard, praise) =
            try row.decode((String, String, String, String?, String?, String?, Bool, Bool, String).self)
        return Employee(id: id, name: name, team: team, role: role, email: email, startDate: start.flatMap(CalendarDate.init),
                        archived: archived, onBoard: onBoard, praise: Visibility(rawValue: praise) ?? .public)
    }

    static func contribution(_ row: PostgresRow) throws -> Contribution {
        let (id, employeeID, date, category, note, channel, values, project, status, by, at, moment, problem, action, cost, outcome, reason, with) =
            try row.decode((String, String, String, String, String, String?, [String], String?, String?, String, Date,
                            String?, String?, String?, Int?, String?, String?, [String]).self)
        guard let day = CalendarDate(date), let kind = KartrekkerCore.Category(rawValue: category) else {
            throw KartrekkerError("the database holds contribution \(SafeText.escaped(id)) with a date or category this kartrekker does not know",
                                  nl: "de database bevat bijdrage \(SafeText.escaped(id)) met een datum of categorie die deze kartrekker niet kent")
        }
        return Contribution(id: id, employeeId: employeeID, date: day, category: kind, note: note,
                            channel: channel.flatMap(Channel.init(rawValue:)), values: values, project: project,
                            ideaStatus: status.flatMap(IdeaStatus.init(rawValue:)), contactMoment: moment.map(ContactMoment.init(key:)),
                            story: SmileStory(problem: problem, action: action, cost: cost.map(Euros.init(cents:)), outcome: outcome),
                            declineReason: reason, with: with, recordedBy: by, recordedAt: at)
    }

    static func recognition(_ row: PostgresRow) throws -> Recognition {
        let (id, employeeID, date, kind, message, ids, visibility, by, at, amount) =
            try row.decode((String, String, String, String, String, [String], String, String, Date, Int?).self)
        guard let day = CalendarDate(date), let known = RecognitionKind(rawValue: kind), let seen = Visibility(rawValue: visibility) else {
            throw KartrekkerError("the database holds recognition \(SafeText.escaped(id)) with a date or kind this kartrekker does not know",
                                  nl: "de database bevat waardering \(SafeText.escaped(id)) met een datum of soort die deze kartrekker niet kent")
        }
        return Recognition(id: id, employeeId: employeeID, date: day, kind: known, message: message, contributionIds: ids,
                           visibility: seen, amount: amount.map(Euros.init(cents:)), recordedBy: by, recordedAt: at)
    }
}
#endif
