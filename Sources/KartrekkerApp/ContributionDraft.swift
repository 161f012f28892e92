import KartrekkerCore

/// A contribution as a user gives it: who (an id or a name), what, when, and the details.
public struct ContributionDraft: Sendable {
    public var employee: String
    public var category: Category
    public var note: String
    /// `nil`: today.
    public var date: CalendarDate?
    public var channel: Channel?
    public var values: [String]
    public var project: String?
    /// An idea's status from the start (`nil`: proposed); only ideas may have one.
    public var ideaStatus: IdeaStatus?
    /// The contact moment as typed (a key or a name in either language); `nil` or empty: none.
    public var contactMoment: String?
    /// The story behind a smile or a step beyond, as told; empty parts are left out.
    public var story: SmileStory?
    /// Why an idea logged as declined was declined.
    public var declineReason: String?
    /// Others who share the credit (ids or names): each gets a contribution of their own.
    public var with: [String]

    public init(employee: String, category: Category, note: String, date: CalendarDate? = nil, channel: Channel? = nil,
                values: [String] = [], project: String? = nil, ideaStatus: IdeaStatus? = nil, contactMoment: String? = nil,
                story: SmileStory? = nil, declineReason: String? = nil, with: [String] = []) {
        self.employee = employee
        self.category = category
        self.note = note
        self.date = date
        self.channel = channel
        self.values = values
        self.project = project
        self.ideaStatus = ideaStatus
        self.contactMoment = contactMoment
        self.story = story
        self.declineReason = declineReason
        self.with = with
    }
}
