import ArgumentParser
import KartrekkerCore

struct EmployeeShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one employee: details, points, contributions and recognitions.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "table or json (json prints the employee record).") var format: ShowFormat = .table

    func run() throws {
        let context = try global.context()
        let person = try context.employee(employee)
        if format == .json {
            context.emit(JSONWriter.string(OutputShape.employee(person)))
            return
        }
        let history = try context.store.history(of: person.id)
        context.emit(EmployeeStory(employee: person, contributions: history.contributions,
                                   recognitions: history.recognitions, today: context.today).rendered())
    }
}
