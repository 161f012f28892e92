import KartrekkerCore

/// What a team lead prints before a person's yearly conversation (the functionerings- or
/// ontwikkelgesprek): the person's own contributions with their notes, their ideas and what
/// became of them, the recognitions they received, their scores month by month and their
/// work anniversaries — over the days asked, and nothing about anyone else.
public struct PersonReport: Sendable {
    /// One month's points, contributions and recognitions received.
    public struct Month: Sendable, Hashable {
        public let period: Period
        public let score: Int
        public let contributions: Int
        public let recognitions: Int
    }

    public let employee: Employee
    public let range: DateRange
    /// Their contributions dated in the days, newest first.
    public let contributions: [Contribution]
    /// The recognitions they received dated in the days, newest first (private ones too: the
    /// report is for the conversation with them).
    public let recognitions: [Recognition]
    /// Every month the days touch, oldest first.
    public let months: [Month]
    /// Their jubilea in the days, and the next one after.
    public let milestones: [Milestone]

    public init(employee: Employee, range: DateRange, contributions: [Contribution], recognitions: [Recognition]) {
        self.employee = employee
        self.range = range
        self.contributions = Ordering.newestFirst(contributions.filter { $0.employeeId == employee.id && range.contains($0.date) })
        self.recognitions = Ordering.newestFirst(recognitions.filter { $0.employeeId == employee.id && range.contains($0.date) })
        var months: [Month] = []
        var first = range.from.firstOfMonth
        while first <= range.to {
            let month = Period(.month, containing: first)
            let theirs = self.contributions.filter { month.contains($0.date) }
            months.append(Month(period: month, score: theirs.reduce(0) { $0 + $1.points }, contributions: theirs.count,
                                recognitions: self.recognitions.count { month.contains($0.date) }))
            first = first.firstOfMonth(adding: 1)
        }
        self.months = months
        let within = Milestone.milestones(of: employee, in: range)
        let next = Milestone.milestones(of: employee, in: DateRange(from: range.to.adding(days: 1), to: range.to.adding(days: 366 * 41))!)
        milestones = within + next.prefix(1)
    }

    /// The contributions of each category, in the category order (categories without any left out).
    public var byCategory: [(category: Category, contributions: [Contribution])] {
        Category.allCases.compactMap { category in
            let theirs = contributions.filter { $0.category == category }
            return theirs.isEmpty ? nil : (category, theirs)
        }
    }

    /// Their ideas in the days.
    public var ideas: [Contribution] { contributions.filter { $0.category == .idea } }

    public var score: Int { contributions.reduce(0) { $0 + $1.points } }
}
