import KartrekkerCore

/// An idea taken up (adopted or implemented) that no recognition is for yet: its proposer
/// deserves recognition for it, and the dashboard names the idea until they get it.
public struct IdeaToThank: Sendable, Hashable {
    public let idea: Contribution
    public let employee: Employee

    /// The ideas of `contributions` taken up that none of `recognitions` is for, of active
    /// people, newest first.
    public static func awaiting(_ contributions: [Contribution], recognitions: [Recognition], employees: [Employee]) -> [IdeaToThank] {
        let thanked = Set(recognitions.flatMap(\.contributionIds))
        let people = Dictionary(employees.filter { !$0.archived }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Ordering.newestFirst(contributions.filter { $0.ideaStatus?.isTakenUp == true && !thanked.contains($0.id) })
            .compactMap { idea in people[idea.employeeId].map { IdeaToThank(idea: idea, employee: $0) } }
    }
}
