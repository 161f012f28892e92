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
    /// Who recorded it (an erasure of that person redacts it).
    public var recordedBy: String
    public let recordedAt: Date

    public init(id: String, employeeId: String, date: CalendarDate, category: Category, note: String,
                channel: Channel? = nil, values: [String] = [], project: String? = nil,
                ideaStatus: IdeaStatus? = nil, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.employeeId = employeeId
        self.date = date
        self.category = category
        self.note = note
        self.channel = channel
        self.values = values
        self.project = project
        self.ideaStatus = category == .idea ? (ideaStatus ?? .proposed) : nil
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
        try c.encode(recordedBy, forKey: .recordedBy)
        try c.encode(Instant(recordedAt), forKey: .recordedAt)
    }
}
