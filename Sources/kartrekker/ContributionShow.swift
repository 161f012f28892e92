import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct ContributionShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one contribution whole.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contribution's id.") var id: String
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        let contribution = try session.contribution(id: id)
        if format == .json {
            Console.emit(JSONWriter.string(OutputShape.contribution(contribution)), session)
            return
        }
        let person = try session.employeeDirectory()[contribution.employeeId]
        var table = TextTable([.init(""), .init("")])
        table.append(["id", contribution.id])
        table.append(["employee", Display.name(person, fallback: contribution.employeeId)])
        table.append(["date", contribution.date.description])
        table.append(["category", Display.category(contribution)])
        table.append(["points", String(contribution.points)])
        table.append(["channel", contribution.channel?.rawValue ?? ""])
        table.append(["values", contribution.values.joined(separator: ", ")])
        table.append(["project", contribution.project ?? ""])
        table.append(["recorded", "\(contribution.recordedBy), \(Instant(contribution.recordedAt))"])
        // The note whole, however long: the reason to show one record.
        Console.emit(table.rendered().split(separator: "\n").dropFirst().joined(separator: "\n") + "\n\n"
                     + SafeText.escaped(contribution.note), session)
    }
}
