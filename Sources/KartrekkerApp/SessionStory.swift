import KartrekkerCore

extension Session {
    /// One employee's story with only the newest `recent` records of each kind, the rest
    /// added up from the summaries: what `employee show` prints, at once on years of data.
    public func storySummary(of reference: String, recent: Int) throws -> EmployeeStory {
        let person = try employee(reference)
        let today = self.today
        let periods = PeriodKind.steppable.map { Period($0, containing: today) }
        let totals = try store.personTotals(person.id, periods: periods)
        let all = totals[periods.count - 1]
        let weeksStart = today.adding(days: 1 - today.isoWeekday - 7 * (EmployeeStory.weeks - 1))
        let latest = try store.latestRecords(Contribution.self, of: person.id, count: recent, since: weeksStart)
        let pointsByCategory = Category.allCases.enumerated()
            .map { (category: $0.element, points: all.byCategory[$0.offset].score) }
            .filter { $0.points > 0 }.sorted { $0.points > $1.points }
        let yearStart = CalendarDate(year: today.year, month: 1, day: 1)!
        let thisYear = try store.latestRecords(Recognition.self, of: person.id, count: 0, since: yearStart)
        var story = EmployeeStory(
            employee: person, today: today,
            scores: zip(periods, totals).map { EmployeeStory.PeriodScore(period: $0, score: $1.total.score) },
            weeklyScores: EmployeeStory.weekly(latest, weeks: EmployeeStory.weeks, endingAt: today) { $0.points },
            pointsByCategory: pointsByCategory,
            ideas: IdeaStatus.allCases.enumerated().map { (status: $0.element, count: all.ideas[$0.offset]) },
            contributions: Array(Ordering.newestFirst(latest).prefix(recent)),
            recognitions: Array(Ordering.newestFirst(try store.latestRecords(Recognition.self, of: person.id, count: recent, since: nil)).prefix(recent)),
            contributionCount: all.total.count, recognitionCount: all.recognitions)
        story.giftsThisYear = EmployeeStory.gifts(thisYear, today: today)
        story.names = try sharers(of: story.contributions)
        return story
    }

    /// Everything about one employee, for `employee show` and the Employee screen.
    public func story(of reference: String) throws -> EmployeeStory {
        let person = try employee(reference)
        let history = try store.history(of: person.id)
        var story = EmployeeStory(employee: person, contributions: history.contributions,
                                  recognitions: history.recognitions, today: today)
        story.names = try sharers(of: story.contributions)
        return story
    }

    /// The names of those `contributions` share their credit with (those the role may read).
    func sharers(of contributions: [Contribution]) throws -> [String: String] {
        let ids = Set(contributions.flatMap(\.with))
        guard !ids.isEmpty else { return [:] }
        let directory = try store.employeeDirectory()
        return Dictionary(ids.compactMap { id in directory[id].map { (id, $0.name) } }, uniquingKeysWith: { first, _ in first })
    }
}
