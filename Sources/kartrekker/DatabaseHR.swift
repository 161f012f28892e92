import ArgumentParser
import KartrekkerCore
import KartrekkerApp

/// `kartrekker db hr ROLE`: a database role reads everything, as HR.
struct DatabaseHR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hr",
        abstract: "Let a database role read every team's people and records, changing nothing (as the database's owner)."
    )

    @Argument(help: ArgumentHelp("The database role (its login name).", valueName: "role")) var role: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.session().administration(for: "db hr")
        print(DatabaseAccessList.sentence(try store.grantHR(role), in: store.location))
    }
}
