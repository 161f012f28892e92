import ArgumentParser
import KartrekkerCore

/// The story behind a smile or a step beyond, as `log` and `contribution edit` take it.
struct StoryOptions: ParsableArguments {
    @Option(name: .customLong("story-problem"), parsing: .unconditional,
            help: ArgumentHelp("A smile's or beyond's story: what went wrong for the resident.", valueName: "text"))
    var problem: String?
    @Option(name: .customLong("story-action"), parsing: .unconditional,
            help: ArgumentHelp("What the employee did, and the mandate they used.", valueName: "text"))
    var action: String?
    @Option(name: .customLong("story-cost"),
            help: ArgumentHelp("What solving it cost, in euros (12.50 or 12,50); booked against the team's mandate budget.", valueName: "euros"))
    var cost: Euros?
    @Option(name: .customLong("story-outcome"), parsing: .unconditional, help: ArgumentHelp("How it ended.", valueName: "text"))
    var outcome: String?

    var isEmpty: Bool { problem == nil && action == nil && cost == nil && outcome == nil }

    /// The story as told, `nil` when no option was given.
    var story: SmileStory? {
        isEmpty ? nil : SmileStory(problem: problem, action: action, cost: cost, outcome: outcome)
    }
}

extension Euros: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
