import KartrekkerCore

/// What the team meeting puts on the wall for a period: its kartrekkers, its best stories, the
/// ideas taken up, the recognitions given, the work anniversaries coming up, and its figures
/// against the period before. Only people who want to be shown appear by name: not those who
/// asked to be left off boards, nor those who want praise in private; private recognitions
/// never appear.
public struct Recap: Sendable {
    /// A contribution worth telling, with its person.
    public struct Story: Sendable, Hashable {
        public let contribution: Contribution
        public let employee: Employee
        /// Whether a recognition dated in the period is for it.
        public let recognized: Bool
    }

    /// A recognition given, with its person.
    public struct Given: Sendable, Hashable {
        public let recognition: Recognition
        public let employee: Employee
    }

    /// An idea taken up, with who proposed it.
    public struct Idea: Sendable, Hashable {
        public let contribution: Contribution
        public let employee: Employee
    }

    public static let kartrekkerCount = 5
    public static let storyCount = 5
    /// The newest recognitions and ideas listed; a meeting hears the rest as a number.
    public static let listCount = 12

    public let period: Period
    /// The days counted (up to today while the period runs) and the days they are set against.
    public let comparison: PeriodComparison?
    /// The days counted.
    public let days: DateRange
    /// The team the recap is of, where it is of one.
    public let team: String?
    public let today: CalendarDate
    /// The period's top of the board among the people shown.
    public let kartrekkers: [LeaderboardRow]
    public let stories: [Story]
    public let ideas: [Idea]
    /// The public recognitions of the people shown, newest first (`listCount` at most).
    public let recognitions: [Given]
    /// How many there were in all.
    public var recognitionTotal = 0
    /// How many ideas were taken up in all (`ideas` lists `listCount` at most).
    public var ideaTotal = 0
    /// The work anniversaries of the coming `Milestone.lookahead` days, of the people shown.
    public let milestones: [Milestone]
    public let figures: [Dashboard.Figure]
    /// How many people the recap leaves out at their wish (never who).
    public let notShown: Int
    /// What the organisation agreed the boards show (points, ranks only, or teams).
    public var board = BoardMode.points
    /// The teams' board of the people shown, where the organisation shows teams.
    public var teams: [TeamBoard.Row] = []

    /// The rule for the best stories: smiles and beyond-the-call contributions with a note.
    /// Those that tell their story (what went wrong, what was done, how it ended) come first,
    /// then those a recognition in the period is for, then the fullest (a story needs
    /// something to tell), then the newest; one per person, so that the stories go round the
    /// team rather than to whoever scored most; `storyCount` at most.
    public static func stories(_ contributions: [Contribution], recognized: Set<String>, people: [String: Employee]) -> [Story] {
        let candidates = contributions.filter { ($0.category == .smile || $0.category == .beyond) && people[$0.employeeId] != nil }
            .sorted { a, b in
                let (ta, tb) = (a.story != nil, b.story != nil)
                if ta != tb { return ta }
                let (ra, rb) = (recognized.contains(a.id), recognized.contains(b.id))
                if ra != rb { return ra }
                let (la, lb) = (Recap.length(a), Recap.length(b))
                if la != lb { return la > lb }
                if a.date != b.date { return a.date > b.date }
                return a.id < b.id
            }
        var told = Set<String>()
        var stories: [Story] = []
        for contribution in candidates where stories.count < storyCount && !told.contains(contribution.employeeId) {
            told.insert(contribution.employeeId)
            stories.append(Story(contribution: contribution, employee: people[contribution.employeeId]!,
                                 recognized: recognized.contains(contribution.id)))
        }
        return stories
    }

    /// How much a contribution tells: its note and its story's parts.
    static func length(_ contribution: Contribution) -> Int {
        contribution.note.count + (contribution.story?.texts.reduce(0) { $0 + $1.count } ?? 0)
    }

    public init(period: Period, comparison: PeriodComparison?, days: DateRange, team: String?, today: CalendarDate,
                kartrekkers: [LeaderboardRow], stories: [Story], ideas: [Idea], recognitions: [Given], milestones: [Milestone],
                figures: [Dashboard.Figure], notShown: Int) {
        self.period = period
        self.comparison = comparison
        self.days = days
        self.team = team
        self.today = today
        self.kartrekkers = kartrekkers
        self.stories = stories
        self.ideas = ideas
        self.recognitions = recognitions
        self.milestones = milestones
        self.figures = figures
        self.notShown = notShown
    }
}
