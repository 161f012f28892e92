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

    public init(date: CalendarDate? = nil, category: Category? = nil, note: String? = nil, channel: Channel?? = nil,
                values: [String]? = nil, project: String? = nil, ideaStatus: IdeaStatus? = nil) {
        self.date = date
        self.category = category
        self.note = note
        self.channel = channel
        self.values = values
        self.project = project
        self.ideaStatus = ideaStatus
    }
}
