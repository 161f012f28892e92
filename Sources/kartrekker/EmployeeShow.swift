import ArgumentParser
import KartrekkerCore

struct EmployeeShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one employee: details, points, contributions and recognitions.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "table or json (json prints the employee record).") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        if format == .json {
            Console.emit(JSONWriter.string(OutputShape.employee(try session.employee(employee))), session)
            return
        }
        Console.emit(EmployeeStoryText(story: try session.storySummary(of: employee, recent: EmployeeStoryText.recentCount)).rendered(),
                     session)
    }
}
