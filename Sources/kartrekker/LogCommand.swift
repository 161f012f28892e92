import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Record a contribution; prints the new id.",
        discussion: """
            Categories: smile (5 points), beyond (4), idea (3, +3 once adopted or implemented), \
            attention (3), ambassador (2), goal (2), praise (3: a resident's, as `import feedback` \
            records it). Contact moments: woning-zoeken, nieuwe-huurder, \
            reparatieverzoek, onderhoud, huur-opzeggen, algemeen-contact (as the Aedes-benchmark and \
            KWH measure them), and the organisation's own (`kartrekker config contact-moments`). A smile \
            or beyond may carry its story (--story-problem, --story-action, --story-cost, --story-outcome). \
            Work shared along the resident's journey (the adviser who took the call, the technician who \
            fixed it) names the others with --with: each gets a contribution of their own and the same \
            points; the first id is printed, the cost of a story is booked once, on the first. On a \
            database a lead credits someone of another team by their id, beside her own person.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "smile, beyond, idea, attention, ambassador or goal.") var category: Category
    @Option(parsing: .unconditional, help: "What happened, in a line.") var note: String
    @Option(help: ArgumentHelp("When it happened (default today).", valueName: "date")) var date: String?
    @Option(help: "phone, visit, counter, email, chat, social or other.") var channel: Channel?
    @Option(name: .customLong("value"), help: ArgumentHelp("A brand value it showed (repeatable).", valueName: "value"))
    var values: [String] = []
    @Option(parsing: .unconditional, help: "The project it belongs to.") var project: String?
    @Option(name: .customLong("contact-moment"), help: ArgumentHelp("The resident's contact moment it happened in (a key or its name).", valueName: "moment"))
    var contactMoment: String?
    @OptionGroup var story: StoryOptions
    @Option(name: .customLong("with"), help: ArgumentHelp("Someone who shares the credit (repeatable): each gets a contribution of their own, the same points.",
                                                          valueName: "employee"))
    var with: [String] = []

    func run() throws {
        let session = try global.session()
        let contribution = try session.logContribution(ContributionDraft(
            employee: employee, category: category, note: note, date: try session.date(date, field: "--date"),
            channel: channel, values: values, project: project, contactMoment: contactMoment, story: story.story, with: with))
        print(contribution.id)
    }
}
