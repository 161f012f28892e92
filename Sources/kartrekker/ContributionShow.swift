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
        if let moment = contribution.contactMoment { table.append(["contact moment", moment.englishName]) }
        if let reason = contribution.declineReason { table.append(["declined because", reason]) }
        table.append(["recorded", "\(contribution.recordedBy), \(Instant(contribution.recordedAt))"])
        // The note whole, however long: the reason to show one record.
        var story = ""
        if let told = contribution.story {
            let parts: [(String, String?)] = [("What went wrong", told.problem), ("What they did", told.action),
                                              ("What it cost", told.cost.map { "€ " + $0.description }), ("How it ended", told.outcome)]
            story = "\n\n" + parts.compactMap { label, text in text.map { "\(label): \(SafeText.escaped($0))" } }.joined(separator: "\n")
        }
        Console.emit(table.rendered().split(separator: "\n").dropFirst().joined(separator: "\n") + "\n\n"
                     + SafeText.escaped(contribution.note) + story, session)
    }
}
