import KartrekkerCore

/// The stories behind smiles and steps beyond.
extension Session {
    /// The stories dated in `range` (all time for `nil`), newest first; of one team and one
    /// contact moment where asked. People who asked to be left off boards keep their stories
    /// on their own page only.
    public func stories(in range: DateRange?, team: String? = nil, contactMoment: ContactMoment? = nil) throws -> [StoryRow] {
        let directory = try store.employeeDirectory()
        let resolved = try team.map { try directory.team(matching: $0) }?.folded
        let found: [Contribution] = try store.newest(Contribution.self, in: range, atLeast: nil, refining: { record in
            record.story != nil && (contactMoment == nil || record.contactMoment == contactMoment)
        }) { id, _, category in
            guard let category, SmileStory.categories.contains(category), let person = directory[id], person.onBoard else { return false }
            return resolved == nil || person.team.folded == resolved
        }
        return Ordering.newestFirst(found).map { StoryRow(contribution: $0, employee: directory[$0.employeeId]) }
    }
}

extension Session {
    /// The gifts and bonuses of `year` that carry an amount, per person.
    public func gifts(year: Int) throws -> GiftYear {
        guard let range = DateRange(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!) else {
            throw KartrekkerError("\(year) is not a year", nl: "\(year) is geen jaar")
        }
        return GiftYear(year: year, recognitions: try store.records(Recognition.self, in: range), employees: try store.employees())
    }
}

extension Session {
    /// Each team's mandate in `year`: its budget, and the stories whose cost was booked
    /// against it (by the team the person is in now); of one team where `team` names one.
    public func mandate(year: Int, team typedTeam: String? = nil) throws -> [MandateUse] {
        let directory = try store.employeeDirectory()
        let team = try typedTeam.map { try directory.team(matching: $0) }
        guard let range = DateRange(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!) else {
            return []
        }
        let settings = try store.settings()
        let paid = try stories(in: range, team: team).filter { $0.story.cost != nil }
        let byTeam = Dictionary(grouping: paid) { $0.employee?.team ?? "" }
        let teams = team.map { [$0] } ?? Set(byTeam.keys.filter { !$0.isEmpty } + settings.budgets.filter { $0.year == year }.map(\.team))
            .sorted { $0.folded < $1.folded }
        return teams.map { name in
            MandateUse(team: name, year: year, budget: settings.budget(of: name, year: year)?.amount,
                       stories: byTeam.first { $0.key.folded == name.folded }?.value ?? [])
        }
    }

    /// Sets `team`'s mandate budget for `year` (`nil` amount removes it).
    public func setBudget(team typedTeam: String, year: Int, amount: Euros?) throws -> OrganisationSettings {
        guard let team = try store.employeeDirectory().teams.first(where: { $0.folded == typedTeam.folded }) else {
            throw KartrekkerError("there is no team \"\(SafeText.escaped(typedTeam))\"", nl: "er is geen team \"\(SafeText.escaped(typedTeam))\"")
        }
        return try changeSettings { settings in
            settings.budgets.removeAll { $0.year == year && $0.team.folded == team.folded }
            if let amount { settings.budgets.append(MandateBudget(team: team, year: year, amount: amount)) }
            settings.budgets.sort { ($0.year, $0.team.folded) < ($1.year, $1.team.folded) }
        }
    }
}
