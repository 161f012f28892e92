import ArgumentParser
import KartrekkerCore
import KartrekkerApp

/// `kartrekker db revoke ROLE [TEAM…]`: takes teams, or everything, from a database role.
struct DatabaseRevoke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Take teams from a database role, or (with no team named) everything it may do here (as the database's owner)."
    )

    @Argument(help: ArgumentHelp("The database role.", valueName: "role")) var role: String
    @Argument(help: ArgumentHelp("The teams to take; none for all, HR included.", valueName: "team")) var teams: [String] = []
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.session().administration(for: "db revoke")
        print(DatabaseAccessList.sentence(try store.revoke(role, teams: teams), in: store.location))
    }
}
