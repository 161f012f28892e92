import KartrekkerCore

/// Each team's mandate budget and what its stories' costs used of it.
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
