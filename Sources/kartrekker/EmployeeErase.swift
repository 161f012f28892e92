import ArgumentParser
import KartrekkerCore

struct EmployeeErase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a person: their record and everything about them, backups included.",
        discussion: """
            Removes the employee, their contributions and recognitions, replaces mentions of their \
            name in other records with "[erased]", and deletes every backup holding any of it. \
            Without --yes it changes nothing and says what it would erase. Consider `employee \
            export` first, and `employee archive` if you only want them off the boards.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Flag(help: "Really erase; this cannot be undone.") var yes = false

    func run() throws {
        let context = try global.context()
        let person = try context.employee(employee)
        guard yes else {
            let plan = try context.store.erasurePlan(of: person.id)
            throw KartrekkerError("erasing cannot be undone; add --yes to erase " + plan.summary)
        }
        let done = try context.store.erase(person.id)
        context.emit("Erased " + done.summary)
    }
}
