import ArgumentParser

struct EmployeeRestore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore an archived employee.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String

    func run() throws {
        print(EmployeeArchive.report(try global.session().setArchived(employee, false)))
    }
}
