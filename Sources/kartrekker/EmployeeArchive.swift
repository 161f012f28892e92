import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct EmployeeArchive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive an employee: history kept, no new records, off the boards and nudges.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String

    func run() throws {
        print(EmployeeArchive.report(try global.session().setArchived(employee, true)))
    }

    /// "Archived Name (id)", "Restored …", or "Name (id) is already archived/active".
    static func report(_ outcome: ArchiveOutcome) -> String {
        let person = outcome.employee
        let name = "\(SafeText.escaped(person.name)) (\(person.id))"
        guard outcome.changed else { return "\(name) is already \(person.archived ? "archived" : "active")" }
        return (person.archived ? "Archived " : "Restored ") + name
    }
}
