import Foundation

/// Something an employee did that a team lead wants to see grow.
public struct Contribution: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let employeeId: String
    public var date: CalendarDate
    public var category: Category
    public var note: String
    public var channel: Channel?
    public var values: [String]
    public var project: String?
    /// Set for ideas only.
    public var ideaStatus: IdeaStatus?
    /// The resident's contact moment it happened in, where one was named.
    public var contactMoment: ContactMoment?
    /// The story behind a smile or a step beyond, where one was told.
    public var story: SmileStory?
    /// Why a declined idea was declined, where a reason was given.
    public var declineReason: String?
    /// The others who share the credit (their ids): each has a contribution of their own, the
    /// same work, with this person among theirs.
    public var with: [String]
    /// Who recorded it (an erasure of that person redacts it).
    public var recordedBy: String
    public let recordedAt: Date

    public init(id: String, employeeId: String, date: CalendarDate, category: Category, note: String,
                channel: Channel? = nil, values: [String] = [], project: String? = nil,
                ideaStatus: IdeaStatus? = nil, contactMoment: ContactMoment? = nil, story: SmileStory? = nil,
                declineReason: String? = nil, with: [String] = [], recordedBy: String, recordedAt: Date) {
        self.id = id
        self.employeeId = employeeId
        self.date = date
        self.category = category
        self.note = note
        self.channel = channel
        self.values = values
        self.project = project
        self.ideaStatus = category == .idea ? (ideaStatus ?? .proposed) : nil
        self.contactMoment = contactMoment
        self.story = story.flatMap { $0.isEmpty ? nil : $0 }
        self.declineReason = self.ideaStatus == .declined ? declineReason : nil
        self.with = with
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Derived from the category (and an idea's status); never typed in, never stored.
    public var points: Int {
        Contribution.points(category: category, ideaStatus: ideaStatus)
    }

    /// The points of a contribution of `category` with `ideaStatus`.
    public static func points(category: Category, ideaStatus: IdeaStatus?) -> Int {
        category.basePoints + (category == .idea ? (ideaStatus ?? .proposed).bonusPoints : 0)
    }

    private enum CodingKeys: String, CodingKey {
        case id, employeeId, date, category, note, channel, values, project, ideaStatus, recordedBy, recordedAt
        case contactMoment, storyProblem, storyAction, storyCost, storyOutcome, declineReason, with
    }

    /// Whether it holds a field that version 1 of the data files lacks (a file holding one is
    /// written as version 2; any other stays as older kartrekkers read it).
    public var needsVersion2: Bool {
        contactMoment != nil || story != nil || declineReason != nil || category == .praise || !with.isEmpty
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        employeeId = try c.decode(String.self, forKey: .employeeId)
        date = try c.decode(CalendarDate.self, forKey: .date)
        category = try c.decode(Category.self, forKey: .category)
        note = try c.decode(String.self, forKey: .note)
        channel = try c.decodeIfPresent(Channel.self, forKey: .channel)
        values = try c.decodeIfPresent([String].self, forKey: .values) ?? []
        project = try c.decodeIfPresent(String.self, forKey: .project)
        let status = try c.decodeIfPresent(IdeaStatus.self, forKey: .ideaStatus)
        ideaStatus = category == .idea ? (status ?? .proposed) : nil
        contactMoment = try c.decodeIfPresent(String.self, forKey: .contactMoment).map(ContactMoment.init(key:))
        var told = SmileStory()
        told.problem = try c.decodeIfPresent(String.self, forKey: .storyProblem)
        told.action = try c.decodeIfPresent(String.self, forKey: .storyAction)
        if let cost = try c.decodeIfPresent(String.self, forKey: .storyCost) {
            guard let euros = Euros(cost), euros.description == cost else {
                throw DecodingError.dataCorruptedError(forKey: .storyCost, in: c, debugDescription: "storyCost must be euros and cents, such as 12.50")
            }
            told.cost = euros
        }
        told.outcome = try c.decodeIfPresent(String.self, forKey: .storyOutcome)
        story = told.isEmpty ? nil : told
        declineReason = try c.decodeIfPresent(String.self, forKey: .declineReason)
        with = try c.decodeIfPresent([String].self, forKey: .with) ?? []
        recordedBy = try c.decode(String.self, forKey: .recordedBy)
        recordedAt = try c.decode(Instant.self, forKey: .recordedAt).date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(employeeId, forKey: .employeeId)
        try c.encode(date, forKey: .date)
        try c.encode(category, forKey: .category)
        try c.encode(note, forKey: .note)
        try c.encode(channel, forKey: .channel)
        try c.encode(values, forKey: .values)
        try c.encode(project, forKey: .project)
        try c.encode(ideaStatus, forKey: .ideaStatus)
        try c.encodeIfPresent(contactMoment?.key, forKey: .contactMoment)
        try c.encodeIfPresent(story?.problem, forKey: .storyProblem)
        try c.encodeIfPresent(story?.action, forKey: .storyAction)
        try c.encodeIfPresent(story?.cost?.description, forKey: .storyCost)
        try c.encodeIfPresent(story?.outcome, forKey: .storyOutcome)
        try c.encodeIfPresent(declineReason, forKey: .declineReason)
        if !with.isEmpty { try c.encode(with, forKey: .with) }
        try c.encode(recordedBy, forKey: .recordedBy)
        try c.encode(Instant(recordedAt), forKey: .recordedAt)
    }
}
