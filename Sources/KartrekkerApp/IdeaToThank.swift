import KartrekkerCore

/// An idea taken up (adopted or implemented), or a resident's praise, that no recognition is
/// for yet: its person deserves recognition for it, and the dashboard names it until they get
/// it.
public struct IdeaToThank: Sendable, Hashable {
    public let idea: Contribution
    public let employee: Employee

    /// The ideas of `contributions` taken up that none of `recognitions` is for, of active
    /// people, newest first.
    public static func awaiting(_ contributions: [Contribution], recognitions: [Recognition], employees: [Employee]) -> [IdeaToThank] {
        let thanked = Set(recognitions.flatMap(\.contributionIds))
        let people = Dictionary(employees.filter { !$0.archived }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Ordering.newestFirst(contributions.filter { ($0.ideaStatus?.isTakenUp == true || $0.category == .praise) && !thanked.contains($0.id) })
            .compactMap { idea in people[idea.employeeId].map { IdeaToThank(idea: idea, employee: $0) } }
    }
}
