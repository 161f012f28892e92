import Foundation
import KartrekkerCore
import KartrekkerExchange

/// Adding, changing, archiving, importing and listing employees.
extension Session {
    /// Adds an employee. A name that exists already (case and accents aside) throws
    /// `DuplicateNameError` unless `allowDuplicate`.
    public func addEmployee(_ draft: EmployeeDraft, allowDuplicate: Bool = false) throws -> Employee {
        var generator = SystemRandomNumberGenerator()
        var employee = try Records.employee(
            id: RecordID.employee(using: &generator), name: draft.name ?? "", team: draft.team ?? "",
            role: draft.role, email: draft.email, startDate: draft.startDate)
        employee.onBoard = draft.onBoard ?? true
        employee.praise = draft.praise ?? .public
        try store.withWriteLock {
            employee.team = try canonicalTeam(employee.team)
            if !allowDuplicate, let existing = try store.employeeDirectory().employee(named: employee.name) {
                throw DuplicateNameError(existing: existing)
            }
            try store.add(employee)
        }
        return employee
    }

    /// Changes the fields the draft gives. The duplicate-name check runs only when the name
    /// changes. Returns the employee as stored.
    public func editEmployee(_ reference: String, _ changes: EmployeeDraft, allowDuplicate: Bool = false) throws -> Employee {
        try editEmployeeReporting(reference, changes, allowDuplicate: allowDuplicate).employee
    }

    /// Like `editEmployee`, and says whether anything changed.
    public func editEmployeeReporting(_ reference: String, _ changes: EmployeeDraft,
                                      allowDuplicate: Bool = false) throws -> ArchiveOutcome {
        try store.withWriteLock {
            let directory = try store.employeeDirectory()
            let person = try directory.resolve(reference)
            var edited = try Records.edited(person, name: changes.name, team: changes.team, role: changes.role,
                                            email: changes.email, startDate: changes.startDate)
            if let onBoard = changes.onBoard { edited.onBoard = onBoard }
            if let praise = changes.praise { edited.praise = praise }
            if changes.team != nil { edited.team = try canonicalTeam(edited.team) }
            if !allowDuplicate, changes.name != nil, edited.name.folded != person.name.folded,
               let other = directory.employee(named: edited.name, except: person.id) {
                throw DuplicateNameError(existing: other)
            }
            if edited != person { try store.update(edited) }
            return ArchiveOutcome(employee: edited, changed: edited != person)
        }
    }

    /// Archives (`true`) or restores (`false`) an employee.
    public func setArchived(_ reference: String, _ archived: Bool) throws -> ArchiveOutcome {
        try store.withWriteLock {
            var person = try store.employeeDirectory().resolve(reference)
            guard person.archived != archived else { return ArchiveOutcome(employee: person, changed: false) }
            person.archived = archived
            try store.update(person)
            return ArchiveOutcome(employee: person, changed: true)
        }
    }

    /// Imports the rows whose name is new, giving each a new id, all in one write; `dryRun`
    /// changes nothing.
    public func importEmployees(_ parsed: EmployeeImport, dryRun: Bool) throws -> ImportOutcome {
        var generator = SystemRandomNumberGenerator()
        return try store.withWriteLock {
            let plan = parsed.plan(existing: try store.employeeDirectory())
            let teams = try store.employeeDirectory().teams
            var spelled: [String: String] = Dictionary(teams.map { ($0.folded, $0) }, uniquingKeysWith: { first, _ in first })
            let added = plan.new.map { row in
                let draft = row.employee
                // A team typed in other case or accents is the existing team (the first spelling
                // of a new one wins for the rest of the file).
                let team = spelled[draft.team.folded] ?? draft.team
                spelled[draft.team.folded] = team
                return Employee(id: RecordID.employee(using: &generator), name: draft.name, team: team,
                                role: draft.role, email: draft.email, startDate: draft.startDate)
            }
            if !dryRun { try store.add(added) }
            return ImportOutcome(added: added, skipped: plan.skipped, ignoredColumns: parsed.ignoredColumns, dryRun: dryRun)
        }
    }

    /// A team typed in other case or accents than an existing team is that team, in its
    /// existing spelling.
    func canonicalTeam(_ typed: String) throws -> String {
        // The teams an employee may be put in: on a database a lead's own too, people or not.
        try store.assignableTeams().first { $0.folded == typed.folded } ?? typed
    }

    /// The employees of a team (typed case- and accent-insensitively; `nil` for everyone), by
    /// name; archived ones only when asked for.
    public func employees(team: String? = nil, includeArchived: Bool = false) throws -> EmployeeList {
        let directory = try store.employeeDirectory()
        let teamName = try team.map { try directory.team(matching: $0) }
        let key = teamName?.folded
        return EmployeeList(team: teamName, employees: directory.sortedByName.filter {
            (includeArchived || !$0.archived) && (key == nil || $0.team.folded == key)
        })
    }
}
