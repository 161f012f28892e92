import Foundation

/// What a team lead gave back to an employee. Never adds to a score.
public struct Recognition: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let employeeId: String
    public var date: CalendarDate
    public var kind: RecognitionKind
    public var message: String
    /// The contributions it is for; may be empty.
    public var contributionIds: [String]
    public var visibility: Visibility
    /// What a gift or a bonus was worth, for the salary administration.
    public var amount: Euros?
    /// Who recorded it (an erasure of that person redacts it).
    public var recordedBy: String
    public let recordedAt: Date

    public init(id: String, employeeId: String, date: CalendarDate, kind: RecognitionKind, message: String,
                contributionIds: [String] = [], visibility: Visibility = .public, amount: Euros? = nil,
                recordedBy: String, recordedAt: Date) {
        self.id = id
        self.employeeId = employeeId
        self.date = date
        self.kind = kind
        self.message = message
        self.contributionIds = contributionIds
        self.visibility = visibility
        self.amount = amount
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    private enum CodingKeys: String, CodingKey {
        case id, employeeId, date, kind, message, contributionIds, visibility, recordedBy, recordedAt, amount
    }

    /// Whether it holds a field that version 1 of the data files lacks.
    public var needsVersion2: Bool { amount != nil }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        employeeId = try c.decode(String.self, forKey: .employeeId)
        date = try c.decode(CalendarDate.self, forKey: .date)
        kind = try c.decode(RecognitionKind.self, forKey: .kind)
        message = try c.decode(String.self, forKey: .message)
        contributionIds = try c.decodeIfPresent([String].self, forKey: .contributionIds) ?? []
        visibility = try c.decodeIfPresent(Visibility.self, forKey: .visibility) ?? .public
        if let text = try c.decodeIfPresent(String.self, forKey: .amount) {
            guard let euros = Euros(text), euros.description == text else {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c, debugDescription: "amount must be euros and cents, such as 25.00")
            }
            amount = euros
        }
        recordedBy = try c.decode(String.self, forKey: .recordedBy)
        recordedAt = try c.decode(Instant.self, forKey: .recordedAt).date
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(employeeId, forKey: .employeeId)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(message, forKey: .message)
        try c.encode(contributionIds, forKey: .contributionIds)
        try c.encode(visibility, forKey: .visibility)
        try c.encodeIfPresent(amount?.description, forKey: .amount)
        try c.encode(recordedBy, forKey: .recordedBy)
        try c.encode(Instant(recordedAt), forKey: .recordedAt)
    }
}
