import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct EmployeeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an employee's name, team, role, e-mail or start date.",
        discussion: "An empty --role or --email clears it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(parsing: .unconditional, help: "New name.") var name: String?
    @Option(parsing: .unconditional, help: "New team.") var team: String?
    @Option(parsing: .unconditional, help: "New role (empty clears it).") var role: String?
    @Option(parsing: .unconditional, help: "New e-mail address (empty clears it).") var email: String?
    @Option(help: ArgumentHelp("New start date.", valueName: "date")) var start: String?
    @Flag(help: "Allow a name someone else already has.") var allowDuplicate = false

    func validate() throws {
        guard name != nil || team != nil || role != nil || email != nil || start != nil else {
            throw UsageWording.error("nothing to change: give --name, --team, --role, --email or --start", nl: "er is niets te wijzigen: geef --name, --team, --role, --email of --start")
        }
    }

    func run() throws {
        let session = try global.session()
        let changes = EmployeeDraft(name: name, team: team, role: role, email: email,
                                    startDate: try session.date(start, field: "--start"))
        do {
            let outcome = try session.editEmployeeReporting(employee, changes, allowDuplicate: allowDuplicate)
            let edited = outcome.employee
            print(outcome.changed ? "Updated \(SafeText.escaped(edited.name)) (\(edited.id))"
                                  : "Nothing to change: \(SafeText.escaped(edited.name)) (\(edited.id)) already has these details")
        } catch let error as DuplicateNameError {
            throw KartrekkerError(
                "an employee named \"\(SafeText.escaped(error.existing.name))\" already exists (\(error.existing.id)); add --allow-duplicate to keep both",
                nl: "er bestaat al een medewerker met de naam \"\(SafeText.escaped(error.existing.name))\" (\(error.existing.id)); voeg --allow-duplicate toe om beide te houden")
        }
    }
}
