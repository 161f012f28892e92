import ArgumentParser
import KartrekkerCore

struct EmployeeEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an employee's name, team, role, e-mail or start date.",
        discussion: "An empty --role or --email clears it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "New name.") var name: String?
    @Option(help: "New team.") var team: String?
    @Option(help: "New role (empty clears it).") var role: String?
    @Option(help: "New e-mail address (empty clears it).") var email: String?
    @Option(help: ArgumentHelp("New start date.", valueName: "date")) var start: String?
    @Flag(help: "Allow a name someone else already has.") var allowDuplicate = false

    func validate() throws {
        guard name != nil || team != nil || role != nil || email != nil || start != nil else {
            throw ValidationError("nothing to change: give --name, --team, --role, --email or --start")
        }
    }

    func run() throws {
        let context = try global.context()
        let startDate = try context.date(start, option: "--start")
        try context.store.withWriteLock {
            let directory = try context.store.employeeDirectory()
            let person = try directory.resolve(employee)
            let edited = try Records.edited(person, name: name, team: team, role: role, email: email, startDate: startDate)
            if !allowDuplicate, name != nil, let other = directory.employee(named: edited.name, except: person.id) {
                throw KartrekkerError(
                    "an employee named \"\(SafeText.escaped(other.name))\" already exists (\(other.id)); add --allow-duplicate to keep both")
            }
            if edited != person { try context.store.update(edited) }
            print("Updated \(SafeText.escaped(edited.name)) (\(edited.id))")
        }
    }
}
