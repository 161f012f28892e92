import Foundation
import KartrekkerCore
import KartrekkerPort

/// The rights of the person the data is about: everything about them (`PersonalData`), or
/// nothing left of them.
extension DataStore {
    /// What `erase` would remove, changing nothing.
    public func erasurePlan(of employeeID: String) throws -> Erasure {
        try erasure(of: employeeID).plan
    }

    /// Removes the person and every record about them from every file, backups included, in
    /// one journaled write (no backups are kept of it: that is the point). Afterwards neither
    /// their id nor their name is in any file of the data directory.
    @discardableResult
    public func erase(_ employeeID: String) throws -> Erasure {
        try withWriteLock {
            let (plan, changes) = try erasure(of: employeeID)
            // The summaries hold the person's id: gone before the files change and again after
            // (a reader may have rebuilt one meanwhile).
            removeSummaries()
            try commit(changes)
            removeSummaries()
            return plan
        }
    }

    private func erasure(of employeeID: String) throws -> (plan: Erasure, changes: [Journal.Entry]) {
        let employees = try self.employees()
        guard let employee = employees.first(where: { $0.id == employeeID }) else {
            throw KartrekkerError("no employee has id \(SafeText.escaped(employeeID))",
                                  nl: "geen medewerker heeft id \(SafeText.escaped(employeeID))")
        }
        var redaction = ErasureRedaction(of: employee)
        let others = employees.filter { $0.id != employeeID }.map { redaction.employee($0) }
        var changes = [change(EmployeesFile(employees: others), DataStore.employeesFile, backup: false)]
        let contributionCount = try erase(Contribution.self, of: employeeID, into: &changes) { redaction.contribution($0) }
        let recognitionCount = try erase(Recognition.self, of: employeeID, into: &changes) { redaction.recognition($0) }
        // Backups that hold any trace of them go whole.
        let backups = Backups(root: root).all().filter { path in
            guard let data = try? fileSystem.read(root + "/" + path) ?? nil else { return false }
            return redaction.mentions(String(decoding: data, as: UTF8.self))
        }
        changes += backups.map { Journal.Entry(path: $0, contents: nil, backup: false) }
        let plan = Erasure(employee: employee, contributions: contributionCount, recognitions: recognitionCount,
                           mentions: redaction.mentions, backups: backups.count, unvouched: unknownFiles())
        return (plan, changes)
    }

    /// Adds to `changes` every month file of `kind` without the employee's records and with the
    /// others' text redacted; returns how many records go.
    private func erase<Record: DatedRecord & Equatable>(
        _ kind: Record.Type, of employeeID: String, into changes: inout [Journal.Entry], redact: (Record) -> Record
    ) throws -> Int {
        var removed = 0
        for month in months(of: kind) {
            let records = try monthRecords(kind, month)
            let kept = records.filter { $0.employeeId != employeeID }.map(redact)
            removed += records.count - kept.count
            if kept != records {
                changes.append(change(MonthFile(month: month, records: kept), DataLayout.path(of: kind, month), backup: false))
            }
        }
        return removed
    }
}
