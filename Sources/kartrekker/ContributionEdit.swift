import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct ContributionEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a contribution; it keeps its id. Prints the id.",
        discussion: """
            Only the options given change. --value replaces the brand values (repeat it for several); \
            an empty --project, --contact-moment, --reason or story part clears it. A new date may move \
            it to another month.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contribution's id.") var id: String
    @Option(help: ArgumentHelp("When it happened.", valueName: "date")) var date: String?
    @Option(help: "smile, beyond, idea, attention, ambassador or goal.") var category: Category?
    @Option(parsing: .unconditional, help: "What happened, in a line.") var note: String?
    @Option(help: "phone, visit, counter, email, chat, social or other.") var channel: Channel?
    @Option(name: .customLong("value"), help: ArgumentHelp("A brand value it showed (repeatable; replaces them).", valueName: "value"))
    var values: [String] = []
    @Option(parsing: .unconditional, help: "The project it belongs to (empty clears it).") var project: String?
    @Option(name: .customLong("contact-moment"), help: ArgumentHelp("The resident's contact moment (empty clears it).", valueName: "moment"))
    var contactMoment: String?
    @OptionGroup var story: StoryOptions
    @Option(parsing: .unconditional, help: ArgumentHelp("Why a declined idea was declined (empty clears it).", valueName: "text"))
    var reason: String?

    func validate() throws {
        guard date != nil || category != nil || note != nil || channel != nil || !values.isEmpty || project != nil
                || contactMoment != nil || !story.isEmpty || reason != nil else {
            throw UsageWording.error("nothing to change: give --date, --category, --note, --channel, --value, --project, --contact-moment, a --story-… part or --reason",
                                     nl: "er is niets te wijzigen: geef --date, --category, --note, --channel, --value, --project, --contact-moment, een --story-…-deel of --reason")
        }
    }

    func run() throws {
        let session = try global.session()
        let changes = ContributionChanges(
            date: try session.date(date, field: "--date"), category: category, note: note,
            channel: channel.map { .some($0) }, values: values.isEmpty ? nil : values, project: project,
            contactMoment: contactMoment, storyProblem: story.problem, storyAction: story.action,
            storyCost: story.cost.map { (cost: Euros) -> Euros? in cost.cents == 0 ? nil : cost }, storyOutcome: story.outcome, declineReason: reason)
        print(try session.editContribution(id, changes).id)
    }
}
