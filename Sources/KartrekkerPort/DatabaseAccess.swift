/// What one database role may do in kartrekker's tables: lead teams (read and record for
/// their people), read everything as HR, or both.
public struct DatabaseAccess: Equatable, Sendable {
    public let role: String
    /// HR: reads every team, changes nothing.
    public var readsEverything: Bool
    /// The teams the role leads, sorted.
    public var teams: [String]

    public init(role: String, readsEverything: Bool = false, teams: [String] = []) {
        self.role = role
        self.readsEverything = readsEverything
        self.teams = teams
    }
}
