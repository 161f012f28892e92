import KartrekkerCore

/// The result of archiving or restoring: the employee as stored, and whether anything
/// changed (`false`: they were archived, or active, already).
public struct ArchiveOutcome: Sendable {
    public let employee: Employee
    public let changed: Bool
}
