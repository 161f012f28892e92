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
        let session = try global.session()
        let person = try session.employee(employee)
        guard yes else {
            throw KartrekkerError("erasing cannot be undone; add --yes to erase " + (try session.erasurePlan(of: person.id)).summary,
                                  nl: "wissen is niet terug te draaien; voeg --yes toe om te wissen: " + (try session.erasurePlan(of: person.id)).summary)
        }
        Console.emit("Erased " + (try session.erase(person.id)).summary, session)
    }
}
