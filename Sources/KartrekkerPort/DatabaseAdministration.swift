/// What only an organisation's database has: its schema, its month totals, and who may do
/// what. The `db` commands ask it of the session, as every other command asks its store.
public protocol DatabaseAdministration: RecordStore {
    /// The version of kartrekker's tables (0: none yet).
    func schemaVersion() throws -> Int
    /// Creates the tables or brings them up to date; the versions applied.
    func migrate() throws -> [Int]
    /// Adds the month totals up anew from the records.
    func rebuildMonthTotals() throws
    /// Every role given something, and what.
    func access() throws -> [DatabaseAccess]
    /// Lets `role` lead `teams` (read and record for their people).
    func grantLead(_ role: String, teams: [String]) throws -> DatabaseAccess
    /// Lets `role` read every team as HR.
    func grantHR(_ role: String) throws -> DatabaseAccess
    /// Takes `teams` (or, with none, everything) from `role`.
    func revoke(_ role: String, teams: [String]) throws -> DatabaseAccess
}
