import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct EmployeeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an employee's name, team, role, e-mail, start date or wishes.",
        discussion: """
            An empty --role or --email clears it. --board off leaves the person off boards and \
            recaps (their own page still shows their scores); --praise private makes their \
            recognitions private by default and leaves them out of recaps.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(parsing: .unconditional, help: "New name.") var name: String?
    @Option(parsing: .unconditional, help: "New team.") var team: String?
    @Option(parsing: .unconditional, help: "New role (empty clears it).") var role: String?
    @Option(parsing: .unconditional, help: "New e-mail address (empty clears it).") var email: String?
    @Option(help: ArgumentHelp("New start date.", valueName: "date")) var start: String?
    @Option(help: "on or off: shown on boards and in recaps.") var board: BoardChoice?
    @Option(help: "public or private: praise in the team meeting, or one-to-one only.") var praise: Visibility?
    @Flag(help: "Allow a name someone else already has.") var allowDuplicate = false

    func validate() throws {
        guard name != nil || team != nil || role != nil || email != nil || start != nil || board != nil || praise != nil else {
            throw UsageWording.error("nothing to change: give --name, --team, --role, --email, --start, --board or --praise",
                                     nl: "er is niets te wijzigen: geef --name, --team, --role, --email, --start, --board of --praise")
        }
    }

    func run() throws {
        let session = try global.session()
        let changes = EmployeeDraft(name: name, team: team, role: role, email: email,
                                    startDate: try session.date(start, field: "--start"), onBoard: board?.isOn, praise: praise)
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
