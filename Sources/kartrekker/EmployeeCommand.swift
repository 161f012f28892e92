import ArgumentParser

struct EmployeeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "employee",
        abstract: "Add, list, show, edit and archive employees.",
        subcommands: [EmployeeAdd.self, EmployeeList.self, EmployeeShow.self, EmployeeEdit.self,
                      EmployeeArchive.self, EmployeeRestore.self, EmployeeExport.self, EmployeeReport.self, EmployeeErase.self]
    )
}
