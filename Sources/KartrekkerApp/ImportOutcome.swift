import KartrekkerCore
import KartrekkerExchange

/// What an employee import did, or would do on a dry run: the employees added (with their new
/// ids), and the rows skipped because the name exists already.
public struct ImportOutcome: Sendable {
    public let added: [Employee]
    public let skipped: [EmployeeImport.Row]
    public let ignoredColumns: [String]
    public let dryRun: Bool
}
