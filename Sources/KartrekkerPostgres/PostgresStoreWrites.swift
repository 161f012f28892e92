#if PostgreSQL
import Foundation
import KartrekkerPort
import KartrekkerCore
import PostgresNIO

/// Writing and erasing: each a transaction, or one statement that commits by itself.
extension PostgresStore {
    // MARK: RecordStore: writing

    public func add(_ employees: [Employee]) throws {
        try writing {
            for employee in employees {
                if try !rows("SELECT 1 FROM employees WHERE id = \(employee.id)").isEmpty {
                    throw KartrekkerError("an employee with id \(employee.id) already exists",
                                          nl: "er bestaat al een medewerker met id \(employee.id)")
                }
                try insert(employee)
            }
        }
    }

    public func update(_ employee: Employee) throws {
        try writing {
            let changed = try rows("""
                UPDATE employees SET name = \(employee.name), team = \(employee.team), role = \(employee.role),
                    email = \(employee.email), start_date = \(employee.startDate?.description)::date, archived = \(employee.archived),
                    on_board = \(employee.onBoard), praise = \(employee.praise.rawValue)
                WHERE id = \(employee.id) RETURNING id
                """)
            if changed.isEmpty { throw KartrekkerError("no employee has id \(employee.id)",
                                                       nl: "geen medewerker heeft id \(employee.id)") }
        }
    }

    public func add<Record: DatedRecord>(_ records: [Record]) throws {
        // Shares of one piece of work: one statement each, in order, in one transaction (the
        // policy that lets a lead credit someone of another team looks for her own person's
        // share, written by the statement before).
        if let shares = records as? [Contribution], shares.contains(where: { !$0.with.isEmpty }) {
            try writing { for share in shares { try insertContributions([share]) } }
            return
        }
        // One statement for them all; the key refuses an id that exists.
        try writing(oneStatement: true) {
            do {
                try insert(records)
            } catch is LostWhileSaving {
                // The statement may have committed before the connection went: its ids tell
                // (one statement: all of them or none).
                let saved = try rows("SELECT count(*)::bigint FROM \(unescaped: PostgresStore.table(Record.self)) WHERE id = ANY (\(records.map(\.id)))")
                    .first.map { try $0.decode(Int.self) } ?? 0
                guard saved < records.count else { return }
                do {
                    try insert(records)
                } catch is LostWhileSaving {
                    throw KartrekkerError("the connection to the database \(database.description) was lost while saving, and again when tried once more",
                                          nl: "de verbinding met de database \(database.description) viel weg tijdens het bewaren, en opnieuw bij de tweede poging",
                                          details: ["whether it was saved is not known: look (kartrekker activity) before trying again"],
                                          nlDetails: ["of het bewaard is, is niet bekend: kijk (kartrekker contribution list) voor je het opnieuw probeert"])
                }
            }
        }
    }

    /// An insert outside a transaction whose connection went before its answer came.
    struct LostWhileSaving: Error {}

    public func replace<Record: DatedRecord>(_ record: Record) throws {
        try writing {
            let removed = try rows(PostgresQuery(unsafeSQL: "DELETE FROM \(PostgresStore.table(Record.self)) WHERE id = $1 RETURNING id",
                                                 binds: PostgresStore.binds(record.id)))
            if removed.isEmpty { throw KartrekkerError("no record has id \(record.id)",
                                                       nl: "geen gegeven heeft id \(record.id)") }
            try insert(record)
        }
    }

    public func deleteContribution(id: String) throws -> Contribution {
        try writing {
            guard let found: Contribution = try record(Contribution.self, id: id) else {
                throw KartrekkerError("no contribution has id \(SafeText.escaped(id))",
                                      nl: "geen bijdrage heeft id \(SafeText.escaped(id))")
            }
            try rows("UPDATE recognitions SET contribution_ids = array_remove(contribution_ids, \(id)) WHERE \(id) = ANY (contribution_ids)")
            try rows("DELETE FROM contributions WHERE id = \(id)")
            return found
        }
    }

    public func deleteRecognition(id: String) throws -> Recognition {
        try writing {
            guard let found: Recognition = try record(Recognition.self, id: id) else {
                throw KartrekkerError("no recognition has id \(SafeText.escaped(id))",
                                      nl: "geen waardering heeft id \(SafeText.escaped(id))")
            }
            try rows("DELETE FROM recognitions WHERE id = \(id)")
            return found
        }
    }

    public func mayWrite() throws -> Bool {
        try ready()
        return try rows("SELECT has_any_column_privilege('contributions', 'INSERT')").first.map { try $0.decode(Bool.self) } ?? false
    }

    public func mayReplaceEverything() throws -> Bool {
        try ready()
        return try seesEverything()
    }

    public func replaceAllData(employees: [Employee], contributions: [Contribution], recognitions: [Recognition],
                               progress: (Int, Int) -> Void) throws {
        try ready()
        try requireWholeDatabase("replacing every record")
        try writing {
            try rows("DELETE FROM recognitions")
            try rows("DELETE FROM contributions")
            try rows("DELETE FROM employees")
            let total = employees.count + contributions.count + recognitions.count
            var done = 0
            for employee in employees {
                try insert(employee)
                done += 1
            }
            progress(done, total)
            // A statement per 2000 records (arrays unnested), progress after each.
            func inBatches<Record>(_ records: [Record], _ insert: ([Record]) throws -> Void) throws {
                for start in stride(from: 0, to: records.count, by: 2000) {
                    let batch = Array(records[start..<min(records.count, start + 2000)])
                    try insert(batch)
                    done += batch.count
                    progress(done, total)
                }
            }
            try inBatches(contributions) { try insertContributions($0, keepingRecorder: true) }
            try inBatches(recognitions) { try insertRecognitions($0, keepingRecorder: true) }
            // The planner's figures for the new rows, before anyone asks a board of them.
            try rows("ANALYZE")
        }
    }

    // MARK: RecordStore: privacy

    public func erasurePlan(of employeeID: String) throws -> Erasure {
        try erasure(of: employeeID, applying: false)
    }

    /// Removes the person, their records, and their name from everyone else's, in one
    /// transaction: afterwards no row holds their id or their name. (The server's own write-ahead
    /// log and backups are the database administrator's to age out.)
    public func erase(_ employeeID: String) throws -> Erasure {
        try writing { try erasure(of: employeeID, applying: true) }
    }

    func erasure(of employeeID: String, applying: Bool) throws -> Erasure {
        try ready()
        try requireWholeDatabase("erasing an employee")
        let employees = try self.employees()
        guard let employee = employees.first(where: { $0.id == employeeID }) else {
            throw KartrekkerError("no employee has id \(SafeText.escaped(employeeID))",
                                  nl: "geen medewerker heeft id \(SafeText.escaped(employeeID))")
        }
        var redaction = ErasureRedaction(of: employee)
        let others = employees.filter { $0.id != employeeID }.map { ($0, redaction.employee($0)) }.filter { $0.0 != $0.1 }.map(\.1)
        let contributions = try redacting(Contribution.self, of: employeeID) { redaction.contribution($0) }
        let recognitions = try redacting(Recognition.self, of: employeeID) { redaction.recognition($0) }
        let (changedContributions, changedRecognitions) = (contributions.changed, recognitions.changed)
        if applying {
            try rows("DELETE FROM recognitions WHERE employee_id = \(employeeID)")
            try rows("DELETE FROM contributions WHERE employee_id = \(employeeID)")
            for other in others { try update(other) }
            // Their text changed in place: who recorded each stays as it was (unless it was them).
            for record in changedContributions {
                try rows("""
                    UPDATE contributions SET note = \(record.note), project = \(record.project), value_tags = \(record.values),
                        recorded_by = \(record.recordedBy), story_problem = \(record.story?.problem), story_action = \(record.story?.action),
                        story_outcome = \(record.story?.outcome), decline_reason = \(record.declineReason), shared_with = \(record.with)
                    WHERE id = \(record.id)
                    """)
            }
            for record in changedRecognitions {
                try rows("UPDATE recognitions SET message = \(record.message), recorded_by = \(record.recordedBy) WHERE id = \(record.id)")
            }
            try rows("DELETE FROM employees WHERE id = \(employeeID)")
        }
        return Erasure(employee: employee, contributions: contributions.theirs, recognitions: recognitions.theirs,
                       mentions: redaction.mentions, backups: 0)
    }

    /// How many records of `kind` are the person's, and the others' that `redact` changes
    /// (redacted). A month at a time: memory stays flat on years of an organisation's records.
    private func redacting<Record: DatedRecord & Equatable>(_ kind: Record.Type, of employeeID: String, _ redact: (Record) -> Record) throws
        -> (theirs: Int, changed: [Record]) {
        var theirs = 0
        var changed: [Record] = []
        try forEachMonth(kind, in: nil, newestFirst: false) { month in
            for record in month {
                guard record.employeeId != employeeID else {
                    theirs += 1
                    continue
                }
                let redacted = redact(record)
                if redacted != record { changed.append(redacted) }
            }
        }
        return (theirs, changed)
    }
}
#endif
