import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct EmployeeAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an employee; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The employee's full name.") var name: String
    @Option(parsing: .unconditional, help: "The team they work in (Klantcontact, Wijkbeheer, …).") var team: String
    @Option(parsing: .unconditional, help: "Their role or job title.") var role: String?
    @Option(parsing: .unconditional, help: "Their e-mail address.") var email: String?
    @Option(help: ArgumentHelp("The date they started (YYYY-MM-DD or DD-MM-YYYY).", valueName: "date")) var start: String?
    @Option(help: "on or off: shown on boards and in recaps (default on).") var board: BoardChoice?
    @Option(help: "public or private: praise in the team meeting, or one-to-one only (default public).") var praise: Visibility?
    @Flag(help: "Add even when someone of the same name exists.") var allowDuplicate = false

    func run() throws {
        let session = try global.session()
        let draft = EmployeeDraft(name: name, team: team, role: role, email: email,
                                  startDate: try session.date(start, field: "--start"), onBoard: board?.isOn, praise: praise)
        do {
            print(try session.addEmployee(draft, allowDuplicate: allowDuplicate).id)
        } catch let error as DuplicateNameError {
            throw KartrekkerError(
                "an employee named \"\(SafeText.escaped(error.existing.name))\" already exists (\(error.existing.id)); add --allow-duplicate to add another",
                nl: "er bestaat al een medewerker met de naam \"\(SafeText.escaped(error.existing.name))\" (\(error.existing.id)); voeg --allow-duplicate toe om er nog een toe te voegen")
        }
    }
}
