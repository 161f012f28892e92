import KartrekkerCore

/// The result of archiving, restoring or editing an employee: the employee as stored, and
/// whether anything changed (`false`: they were archived, or active, already; the edit gave
/// what was there).
public struct ArchiveOutcome: Sendable {
    public let employee: Employee
    public let changed: Bool
}
