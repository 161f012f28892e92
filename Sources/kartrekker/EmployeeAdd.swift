import ArgumentParser
import KartrekkerCore

struct EmployeeAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an employee; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The employee's full name.") var name: String
    @Option(help: "The team they work in (Klantcontact, Wijkbeheer, …).") var team: String
    @Option(help: "Their role or job title.") var role: String?
    @Option(help: "Their e-mail address.") var email: String?
    @Option(help: ArgumentHelp("The date they started (YYYY-MM-DD).", valueName: "date")) var start: String?
    @Flag(help: "Add even when someone of the same name exists.") var allowDuplicate = false

    func run() throws {
        let context = try global.context()
        var generator = SystemRandomNumberGenerator()
        let employee = try Records.employee(
            id: RecordID.employee(using: &generator), name: name, team: team, role: role, email: email,
            startDate: try context.date(start, option: "--start"))
        try context.store.withWriteLock {
            let directory = try context.store.employeeDirectory()
            if !allowDuplicate, let existing = directory.employee(named: employee.name) {
                throw KartrekkerError(
                    "an employee named \"\(SafeText.escaped(existing.name))\" already exists (\(existing.id)); add --allow-duplicate to add another")
            }
            try context.store.add(employee)
        }
        print(employee.id)
    }
}
