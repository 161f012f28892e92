import KartrekkerCore

/// The leaderboard and who deserves recognition.
extension Session {
    /// The period of `kind` holding `at` (today when `nil`), or the custom `range`.
    public func period(_ kind: PeriodKind?, at: CalendarDate?, range: DateRange? = nil) -> Period {
        if let range { return Period(custom: range) }
        return Period(kind ?? .month, containing: at ?? today)
    }

    public func leaderboard(_ request: LeaderboardRequest) throws -> Leaderboard {
        let directory = try store.employeeDirectory()
        let filter = LeaderboardFilter(team: try request.team.map { try directory.team(matching: $0) },
                                       value: try request.value.map { try Validation.valueTags([$0])[0] },
                                       category: request.category, contactMoment: try contactMoment(typed: request.contactMoment))
        let board = try store.leaderboard(request.period, filter: filter, top: request.top)
        // An empty board for a value nobody used is a typo: say which values there are.
        if let value = filter.value, board.rows.isEmpty {
            let tags = try valueTags()
            if !tags.contains(value) {
                throw KartrekkerError("no contribution has the value \"\(SafeText.escaped(value))\"",
                                      nl: "geen bijdrage heeft de waarde \"\(SafeText.escaped(value))\"",
                                      details: tags.isEmpty ? [] : ["values: " + tags.map(SafeText.escaped).joined(separator: ", ")])
            }
        }
        return board
    }

    /// Who deserves recognition at `at` (today when `nil`).
    public func nudges(at: CalendarDate? = nil) throws -> Nudges {
        try store.nudges(at: at ?? today)
    }

    /// The work anniversaries of the active people in the `Milestone.lookahead` days from `at`
    /// (today by default).
    public func milestones(at: CalendarDate? = nil) throws -> [Milestone] {
        Milestone.coming(of: try store.employees(), at: at ?? today)
    }

    /// Every team in use, ordered by name.
    public func teams() throws -> [String] {
        try store.employeeDirectory().teams
    }

    /// The teams an employee may be put in (a form's suggestions): those in use, and on a
    /// database a team lead's own, with people in them yet or not.
    public func assignableTeams() throws -> [String] {
        try store.assignableTeams()
    }

    /// Every brand-value tag used on a contribution, ordered.
    public func valueTags() throws -> [String] {
        try store.valueTags()
    }
}
