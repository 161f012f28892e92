import KartrekkerCore

/// One employee's story: who they are, their score per period and per week, their points by
/// category, their ideas, and everything recorded about them, newest first.
public struct EmployeeStory: Sendable {
    public struct PeriodScore: Sendable {
        public let period: Period
        public let score: Int

        public init(period: Period, score: Int) {
            self.period = period
            self.score = score
        }
    }

    public let employee: Employee
    public let today: CalendarDate
    /// This week, month, quarter and year, and all time.
    public let scores: [PeriodScore]
    /// The scores of the last `weeks` ISO weeks, oldest first, this week last.
    public let weeklyScores: [Int]
    /// Points by category, most first (categories without points left out).
    public let pointsByCategory: [(category: Category, points: Int)]
    /// How many ideas stand at each status, in the order of `IdeaStatus.allCases`.
    public let ideas: [(status: IdeaStatus, count: Int)]
    public let contributions: [Contribution]
    public let recognitions: [Recognition]
    /// How many there are in all (the lists may hold only the newest).
    public let contributionCount: Int
    public let recognitionCount: Int
    /// What the gifts and bonuses of this calendar year were worth (for the salary
    /// administration).
    public var giftsThisYear = Euros.zero
    /// The names of the people the contributions shown share their credit with, by id.
    public var names: [String: String] = [:]

    public static let weeks = 12

    /// What `recognitions` dated in `today`'s year were worth.
    static func gifts(_ recognitions: [Recognition], today: CalendarDate) -> Euros {
        recognitions.filter { $0.date.year == today.year }.compactMap(\.amount).reduce(.zero, +)
    }

    /// From parts already added up (the summaries): the lists hold the newest records only.
    public init(employee: Employee, today: CalendarDate, scores: [PeriodScore], weeklyScores: [Int],
                pointsByCategory: [(category: Category, points: Int)], ideas: [(status: IdeaStatus, count: Int)],
                contributions: [Contribution], recognitions: [Recognition], contributionCount: Int, recognitionCount: Int) {
        self.employee = employee
        self.today = today
        self.scores = scores
        self.weeklyScores = weeklyScores
        self.pointsByCategory = pointsByCategory
        self.ideas = ideas
        self.contributions = Ordering.newestFirst(contributions)
        self.recognitions = Ordering.newestFirst(recognitions)
        self.contributionCount = contributionCount
        self.recognitionCount = recognitionCount
    }

    public init(employee: Employee, contributions: [Contribution], recognitions: [Recognition], today: CalendarDate) {
        self.employee = employee
        self.today = today
        self.contributions = Ordering.newestFirst(contributions)
        self.recognitions = Ordering.newestFirst(recognitions)
        contributionCount = contributions.count
        recognitionCount = recognitions.count
        giftsThisYear = EmployeeStory.gifts(recognitions, today: today)
        scores = PeriodKind.steppable.map { kind in
            let period = Period(kind, containing: today)
            return PeriodScore(period: period, score: contributions.filter { period.contains($0.date) }.reduce(0) { $0 + $1.points })
        }
        weeklyScores = EmployeeStory.weekly(contributions, weeks: EmployeeStory.weeks, endingAt: today) { $0.points }
        var byCategory: [Category: Int] = [:]
        for contribution in contributions { byCategory[contribution.category, default: 0] += contribution.points }
        pointsByCategory = Category.allCases.compactMap { category in
            byCategory[category].map { (category, $0) }
        }.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        let ideaList = contributions.filter { $0.category == .idea }
        ideas = IdeaStatus.allCases.map { status in (status, ideaList.filter { $0.ideaStatus == status }.count) }
    }

    public var ideaCount: Int { ideas.reduce(0) { $0 + $1.count } }

    /// Sums `measure` over the ISO weeks ending with the one holding `today`, oldest first.
    static func weekly(_ contributions: [Contribution], weeks: Int, endingAt today: CalendarDate,
                       measure: (Contribution) -> Int) -> [Int] {
        let thisMonday = today.adding(days: 1 - today.isoWeekday)
        let firstMonday = thisMonday.adding(days: -7 * (weeks - 1))
        var totals = Array(repeating: 0, count: weeks)
        for contribution in contributions where contribution.date >= firstMonday && contribution.date <= thisMonday.adding(days: 6) {
            totals[firstMonday.days(to: contribution.date) / 7] += measure(contribution)
        }
        return totals
    }
}
