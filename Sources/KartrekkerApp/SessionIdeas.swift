import KartrekkerCore

/// The ideas taken up that still await their recognition (`IdeaToThank`).
extension Session {
    /// The ideas dated in the nudges' ninety days up to `day` (today by default) that were taken
    /// up, and the residents' praise of its last thirty, that no recognition is for yet: each
    /// person's newest.
    public func ideasToThank(at day: CalendarDate? = nil) throws -> [IdeaToThank] {
        let window = Nudges.scoreWindow(at: day ?? today)
        // A recognition for an idea comes after it: read from the idea's window to today.
        let after = DateRange(from: window.from, to: max(window.to, today))!
        // Only the ideas and the praise are decoded (the month files' spans say which records
        // they are): a quarter of a corporation's records would cost a tenth of a second.
        let candidates: [Contribution] = try store.newest(Contribution.self, in: window, atLeast: Int.max / 2, refining: nil) { _, _, category in
            category == .idea || category == .praise
        }
        return IdeaToThank.awaiting(candidates,
                                    recognitions: try store.records(Recognition.self, in: after), employees: try store.employees(),
                                    praiseSince: window.to.adding(days: 1 - IdeaToThank.praiseDays))
    }
}

extension Session {
    /// How far back the Ideas view looks: a year of ideas.
    public static let ideaDays = 365

    /// The ideas of the last year (of one team where `team` names one), waiting ones first.
    public func ideas(team: String? = nil) throws -> [IdeaRow] {
        let today = self.today
        let directory = try store.employeeDirectory()
        let resolved = try team.map { try directory.team(matching: $0) }
        let people = Dictionary(try store.employees().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let year = DateRange(from: today.adding(days: 1 - Session.ideaDays), to: today)!
        let ideas = try store.records(Contribution.self, in: year)
            .filter { $0.category == .idea && (resolved == nil || people[$0.employeeId]?.team == resolved) }
        return IdeaRow.rows(ideas, employees: people, today: today)
    }
}
