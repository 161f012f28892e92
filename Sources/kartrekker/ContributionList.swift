import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct ContributionList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List contributions, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this employee (id, name or unique name prefix).") var employee: String?
    @Option(help: ArgumentHelp("Only from this date on.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Only up to this date.", valueName: "date")) var to: String?
    @Option(help: "Only this category.") var category: Category?
    @Option(name: .customLong("contact-moment"), help: ArgumentHelp("Only this contact moment (a key or its name).", valueName: "moment"))
    var contactMoment: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let session = try global.session()
        if format != .table {
            // One month at a time: a whole corporation's history in flat memory.
            let range = try session.range(from: from, to: to)
            let stream = OutputStream(format: format, keys: format == .csv ? try session.contributionColumns() : OutputShape.contributionKeys)
            try session.streamContributions(employee: employee, range: range, category: category, contactMoment: contactMoment) {
                stream.write(OutputShape.contribution($0))
            }
            stream.finish()
            for warning in session.warnings { Console.printError("warning: " + warning.text(in: Console.language)) }
            return
        }
        let contributions = try session.contributions(employee: employee, range: try session.range(from: from, to: to),
                                                      category: category, contactMoment: contactMoment)
        let directory = try session.employeeDirectory()
        Console.emit(Console.list(contributions.map(OutputShape.contribution), keys: OutputShape.contributionColumns(withExtras: contributions.contains(where: \.needsVersion2)), format: format) {
            guard !contributions.isEmpty else { return "No contributions match." }
            var table = TextTable([.init("ID"), .init("DATE"), .init("EMPLOYEE", maxWidth: 28), .init("CATEGORY"),
                                   .init("PTS", .right), .init("NOTE", maxWidth: 60)])
            for contribution in contributions {
                table.append([contribution.id, contribution.date.description,
                              Display.name(directory[contribution.employeeId], fallback: contribution.employeeId),
                              Display.category(contribution), String(contribution.points), contribution.note])
            }
            return table.rendered(width: Console.terminalWidth)
        }, session)
    }
}
