import ArgumentParser
import KartrekkerCore

struct EmployeeList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List active employees, by name.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this team (case and accents do not matter).") var team: String?
    @Flag(help: "Include archived employees.") var archived = false
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let session = try global.session()
        let list = try session.employees(team: team, includeArchived: archived)
        let employees = list.employees
        Console.emit(Console.list(employees.map(OutputShape.employee), keys: OutputShape.employeeKeys, format: format) {
            guard !employees.isEmpty else {
                return team == nil ? "No employees yet. Add one with: kartrekker employee add NAME --team TEAM"
                    : "No employees in \(SafeText.escaped(list.team ?? ""))."
            }
            var table = TextTable([.init("ID"), .init("NAME", maxWidth: 40), .init("TEAM", maxWidth: 24),
                                   .init("ROLE", maxWidth: 30), .init("EMAIL", maxWidth: 40), .init("START")]
                                  + (archived ? [.init("STATUS")] : []))
            for employee in employees {
                table.append([employee.id, employee.name, employee.team, employee.role ?? "", employee.email ?? "",
                              employee.startDate?.description ?? ""] + (archived ? [employee.archived ? "archived" : "active"] : []))
            }
            return table.rendered(width: Console.terminalWidth)
        }, session)
    }
}
