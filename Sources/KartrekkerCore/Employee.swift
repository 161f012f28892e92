/// A front-line employee whose contributions are recorded.
public struct Employee: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public var name: String
    public var team: String
    public var role: String?
    public var email: String?
    public var startDate: CalendarDate?
    /// Archived employees keep their history but get no new records and no board rows.
    public var archived: Bool
    /// Whether the person is shown on boards and in recaps (`false`: they asked not to be; their
    /// own page still shows their scores).
    public var onBoard: Bool
    /// How the person likes to be praised: in the team meeting, or one-to-one only. Their
    /// recognitions default to it, and a recap leaves out one who wants it private.
    public var praise: Visibility

    public init(id: String, name: String, team: String, role: String? = nil, email: String? = nil,
                startDate: CalendarDate? = nil, archived: Bool = false, onBoard: Bool = true, praise: Visibility = .public) {
        self.id = id
        self.name = name
        self.team = team
        self.role = role
        self.email = email
        self.startDate = startDate
        self.archived = archived
        self.onBoard = onBoard
        self.praise = praise
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, team, role, email, startDate, archived, onBoard, praise
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        team = try c.decode(String.self, forKey: .team)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        startDate = try c.decodeIfPresent(CalendarDate.self, forKey: .startDate)
        archived = try c.decodeIfPresent(Bool.self, forKey: .archived) ?? false
        onBoard = try c.decodeIfPresent(Bool.self, forKey: .onBoard) ?? true
        praise = try c.decodeIfPresent(Visibility.self, forKey: .praise) ?? .public
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(team, forKey: .team)
        try c.encode(role, forKey: .role)
        try c.encode(email, forKey: .email)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(archived, forKey: .archived)
        // Written only where the person chose: the files of everyone else stay as they were.
        if !onBoard { try c.encode(onBoard, forKey: .onBoard) }
        if praise != .public { try c.encode(praise, forKey: .praise) }
    }
}
