import KartrekkerCore

/// An idea taken up (adopted or implemented), or a resident's praise, that no recognition is
/// for yet: its person deserves recognition for it, and the dashboard names it until they get
/// it.
public struct IdeaToThank: Sendable, Hashable {
    public let idea: Contribution
    public let employee: Employee

    /// The ideas of `contributions` taken up, and the residents' praise dated from
    /// `praiseSince` on, that none of `recognitions` is for, of active people: each person's
    /// newest only (the next shows once that one is thanked), newest first.
    public static func awaiting(_ contributions: [Contribution], recognitions: [Recognition], employees: [Employee],
                                praiseSince: CalendarDate? = nil) -> [IdeaToThank] {
        let thanked = Set(recognitions.flatMap(\.contributionIds))
        let people = Dictionary(employees.filter { !$0.archived }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var named = Set<String>()
        return Ordering.newestFirst(contributions.filter { record in
            let praised = record.category == .praise && praiseSince.map { record.date >= $0 } ?? true
            return (record.ideaStatus?.isTakenUp == true || praised) && !thanked.contains(record.id)
        })
        .filter { named.insert($0.employeeId).inserted }
        .compactMap { idea in people[idea.employeeId].map { IdeaToThank(idea: idea, employee: $0) } }
    }

    /// How long a resident's praise waits on the dashboard for its thank-you.
    public static let praiseDays = 30
}
