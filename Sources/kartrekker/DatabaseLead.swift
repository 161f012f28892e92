import ArgumentParser
import KartrekkerCore
import KartrekkerApp

/// `kartrekker db lead ROLE TEAM…`: a database role becomes the team lead of teams.
struct DatabaseLead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead",
        abstract: "Let a database role read and record for the people of the teams it leads (as the database's owner).",
        discussion: "The role must exist (CREATE ROLE alice LOGIN). The database enforces it: row-level security shows the role only its teams."
    )

    @Argument(help: ArgumentHelp("The database role (its login name).", valueName: "role")) var role: String
    @Argument(help: ArgumentHelp("The teams it leads.", valueName: "team")) var teams: [String]
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if teams.isEmpty { throw UsageWording.error("name at least one team the role leads", nl: "noem minstens één team dat de rol leidt") }
    }

    func run() throws {
        let store = try global.session().administration(for: "db lead")
        let access = try store.grantLead(role, teams: teams)
        print(DatabaseAccessList.sentence(access, in: store.location))
    }
}
