/// What an organisation decided about its data, kept with the data (the data directory's
/// `settings.json`, a database's `settings` table) and changed only by whoever may replace
/// everything.
public struct OrganisationSettings: Hashable, Sendable {
    /// How long records are kept; `nil`: no period set.
    public var retention: RetentionPeriod?
    /// Records dated before this day were purged: a board reaching before it says so.
    public var purgedBefore: CalendarDate?
    /// What the boards of people show (ranks and points unless agreed otherwise).
    public var board: BoardMode
    /// Whether the list of who deserves recognition is shown.
    public var nudges: Bool
    /// The organisation's own contact moments, beside the sector's (`ContactMoment.builtIn`).
    public var contactMoments: [String]
    /// Each team's mandate budget per year, where one was set.
    public var budgets: [MandateBudget]

    public init(retention: RetentionPeriod? = nil, purgedBefore: CalendarDate? = nil, board: BoardMode = .points, nudges: Bool = true,
                contactMoments: [String] = [], budgets: [MandateBudget] = []) {
        self.retention = retention
        self.purgedBefore = purgedBefore
        self.board = board
        self.nudges = nudges
        self.contactMoments = contactMoments
        self.budgets = budgets
    }

    /// `team`'s budget for `year`, if one was set.
    public func budget(of team: String, year: Int) -> MandateBudget? {
        budgets.first { $0.year == year && $0.team.folded == team.folded }
    }

    /// Every contact moment a contribution may name here.
    public var knownContactMoments: [ContactMoment] {
        ContactMoment.all(custom: contactMoments)
    }

    /// What a board of `range` (`nil`: all time) must say of purged records, or `nil`.
    public func purgeNotice(for range: DateRange?) -> String? {
        guard let purgedBefore, range.map({ $0.from < purgedBefore }) ?? true else { return nil }
        return "records before \(purgedBefore) were purged"
    }
}
