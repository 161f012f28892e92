import ArgumentParser
import KartrekkerCore

struct EmployeeArchive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive an employee: history kept, no new records, off the boards and nudges.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String

    func run() throws {
        try ArchiveState.set(true, employee, global)
    }
}
