import ArgumentParser
import KartrekkerCore

struct ContributionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List contributions, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this employee (id, name or unique name prefix).") var employee: String?
    @Option(help: ArgumentHelp("Only from this date on.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Only up to this date.", valueName: "date")) var to: String?
    @Option(help: "Only this category.") var category: Category?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let context = try global.context()
        let range = try context.range(from: from, to: to)
        let directory = try context.store.employeeDirectory()
        let person = try employee.map { try directory.resolve($0) }
        let contributions = try Ordering.newestFirst(context.store.contributions(in: range).filter {
            (person == nil || $0.employeeId == person!.id) && (category == nil || $0.category == category)
        })
        context.emit(Printer.list(contributions.map(OutputShape.contribution), keys: OutputShape.contributionKeys, format: format) {
            guard !contributions.isEmpty else { return "No contributions match." }
            var table = TextTable([.init("ID"), .init("DATE"), .init("EMPLOYEE", maxWidth: 28), .init("CATEGORY"),
                                   .init("PTS", .right), .init("NOTE", maxWidth: 60)])
            for contribution in contributions {
                let category = contribution.category.rawValue + (contribution.ideaStatus.map { " (\($0.rawValue))" } ?? "")
                table.append([contribution.id, contribution.date.description,
                              Printer.name(directory[contribution.employeeId], fallback: contribution.employeeId),
                              category, String(contribution.points), contribution.note])
            }
            return table.rendered()
        })
    }
}
