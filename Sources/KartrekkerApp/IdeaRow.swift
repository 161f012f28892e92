import KartrekkerCore

/// One idea on the Ideas view: what was proposed, by whom, what became of it, and how long a
/// proposal has been waiting for an answer.
public struct IdeaRow: Sendable, Hashable, Identifiable {
    public let idea: Contribution
    public let employee: Employee?
    /// Days since it was proposed, while it is still only proposed.
    public let waitingDays: Int?

    public var id: String { idea.id }
    public var status: IdeaStatus { idea.ideaStatus ?? .proposed }

    /// The ideas of `contributions`, the waiting ones first (longest waiting first), then
    /// adopted, implemented and declined, each newest first.
    public static func rows(_ contributions: [Contribution], employees: [String: Employee], today: CalendarDate) -> [IdeaRow] {
        let order = IdeaStatus.allCases
        return contributions.filter { $0.category == .idea }
            .map { idea in
                IdeaRow(idea: idea, employee: employees[idea.employeeId],
                        waitingDays: (idea.ideaStatus ?? .proposed) == .proposed ? max(0, idea.date.days(to: today)) : nil)
            }
            .sorted { a, b in
                let (sa, sb) = (order.firstIndex(of: a.status)!, order.firstIndex(of: b.status)!)
                if sa != sb { return sa < sb }
                // A proposal waiting longest is the one to answer first.
                if a.idea.date != b.idea.date { return a.status == .proposed ? a.idea.date < b.idea.date : a.idea.date > b.idea.date }
                return a.idea.id < b.idea.id
            }
    }
}
