import KartrekkerCore

/// The fields of a contribution to correct; `nil` leaves one as it is. An empty project
/// clears it; `channel: .some(nil)` clears the channel.
public struct ContributionChanges: Sendable {
    public var date: CalendarDate?
    public var category: Category?
    public var note: String?
    public var channel: Channel??
    public var values: [String]?
    public var project: String?
    public var ideaStatus: IdeaStatus?
    /// A contact moment as typed; empty clears it.
    public var contactMoment: String?
    /// The story's parts; an empty text clears its part, `storyCost: .some(nil)` the cost.
    public var storyProblem: String?
    public var storyAction: String?
    public var storyCost: Euros??
    public var storyOutcome: String?
    /// A declined idea's reason; empty clears it.
    public var declineReason: String?

    public init(date: CalendarDate? = nil, category: Category? = nil, note: String? = nil, channel: Channel?? = nil,
                values: [String]? = nil, project: String? = nil, ideaStatus: IdeaStatus? = nil, contactMoment: String? = nil,
                storyProblem: String? = nil, storyAction: String? = nil, storyCost: Euros?? = nil, storyOutcome: String? = nil,
                declineReason: String? = nil) {
        self.date = date
        self.category = category
        self.note = note
        self.channel = channel
        self.values = values
        self.project = project
        self.ideaStatus = ideaStatus
        self.contactMoment = contactMoment
        self.storyProblem = storyProblem
        self.storyAction = storyAction
        self.storyCost = storyCost
        self.storyOutcome = storyOutcome
        self.declineReason = declineReason
    }

    /// Whether any part of the story changes.
    public var changesStory: Bool {
        storyProblem != nil || storyAction != nil || storyCost != nil || storyOutcome != nil
    }

    /// `story` with these parts changed.
    public func story(changing story: SmileStory?) -> SmileStory {
        var result = story ?? SmileStory()
        if let storyProblem { result.problem = storyProblem }
        if let storyAction { result.action = storyAction }
        if let storyCost { result.cost = storyCost }
        if let storyOutcome { result.outcome = storyOutcome }
        return result
    }
}
