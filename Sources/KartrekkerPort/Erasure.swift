import KartrekkerCore

/// What erasing one person removes: their record, everything recorded about them, mentions of
/// their name in other people's records, and every backup that holds any of it.
public struct Erasure: Sendable {
    public let employee: Employee
    public let contributions: Int
    public let recognitions: Int
    /// Other people's records whose text mentions the name (the mention is replaced).
    public let mentions: Int
    public let backups: Int
    /// Places the store holds but did not write, which may still hold the person (in a data
    /// directory: an editor's or a sync tool's copy of a file): the erasure cannot vouch for
    /// them.
    public let unvouched: [String]

    public init(employee: Employee, contributions: Int, recognitions: Int, mentions: Int, backups: Int, unvouched: [String] = []) {
        self.employee = employee
        self.contributions = contributions
        self.recognitions = recognitions
        self.mentions = mentions
        self.backups = backups
        self.unvouched = unvouched
    }

    /// What is put where the name stood in other people's notes and messages.
    public static let redaction = "[erased]"

    public var summary: String {
        "\(SafeText.escaped(employee.name)) (\(employee.id)): the employee record, \(contributions) contribution\(contributions == 1 ? "" : "s"), "
            + "\(recognitions) recognition\(recognitions == 1 ? "" : "s"), \(mentions) mention\(mentions == 1 ? "" : "s") in other records, "
            + "\(backups) backup file\(backups == 1 ? "" : "s")"
            + (unvouched.isEmpty ? "" : "; it cannot vouch for \(unvouched.count) file\(unvouched.count == 1 ? "" : "s") it did not write, "
                + "which may still hold them: " + unvouched.map(SafeText.escaped).joined(separator: ", "))
    }
}
