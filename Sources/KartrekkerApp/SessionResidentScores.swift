import KartrekkerCore

/// The residents' scores a lead types in from the survey bureau's report, and the view that
/// sets them beside the effort.
extension Session {
    public func residentScores() throws -> [ResidentScore] {
        try store.residentScores()
    }

    /// Keeps the score residents gave `moment` in `quarter` (for `team`, or the whole
    /// organisation); `score` `nil` removes it.
    @discardableResult
    public func setResidentScore(quarter typedQuarter: String, moment typedMoment: String, score typedScore: String?,
                                 team typedTeam: String? = nil) throws -> ResidentScore {
        guard let quarter = ResidentScore.quarter(typedQuarter) else {
            throw KartrekkerError("\"\(SafeText.escaped(typedQuarter))\" is not a quarter; write it as 2026-Q3",
                                  nl: "\"\(SafeText.escaped(typedQuarter))\" is geen kwartaal; schrijf het als 2026-Q3")
        }
        guard let moment = try contactMoment(typed: typedMoment) else {
            throw KartrekkerError("the contact moment is empty", nl: "het klantmoment is leeg", field: .contactMoment)
        }
        var value = 0.0
        if let typedScore {
            guard let score = ResidentScore.score(typedScore) else {
                throw KartrekkerError("\"\(SafeText.escaped(typedScore))\" is not a score from 0 to 10 (one decimal, such as 7.8)",
                                      nl: "\"\(SafeText.escaped(typedScore))\" is geen cijfer van 0 tot 10 (één decimaal, zoals 7,8)")
            }
            value = score
        }
        var team: String?
        if let typedTeam, !typedTeam.trimmingCharacters(in: .whitespaces).isEmpty {
            // A team the role may record for: on a database a lead's own.
            guard let known = try store.assignableTeams().first(where: { $0.folded == typedTeam.folded }) else {
                throw KartrekkerError("there is no team \"\(SafeText.escaped(typedTeam))\" to set a score for",
                                      nl: "er is geen team \"\(SafeText.escaped(typedTeam))\" om een cijfer voor te geven")
            }
            team = known
        } else if try !store.mayReplaceEverything() {
            throw KartrekkerError("\(storeDescription): the organisation's scores are set by the database's owner; give --team for a team you lead",
                                  nl: "\(storeDescription): de cijfers van de organisatie zet de eigenaar van de database; geef --team voor een team dat je leidt")
        }
        let score = ResidentScore(quarter: quarter, contactMoment: moment, team: team, score: value)
        try store.withWriteLock { try store.saveResidentScore(score, removing: typedScore == nil) }
        return score
    }

    /// The last `count` quarters up to today's, per contact moment: scores beside the
    /// contributions and smiles that named the moment (of `team`'s people where one is named).
    public func momentQuarters(count: Int = 6, team typedTeam: String? = nil) throws -> MomentQuarters {
        let directory = try store.employeeDirectory()
        let team = try typedTeam.map { try directory.team(matching: $0) }
        var quarters = [ResidentScore.quarter(of: today)]
        var day = today
        while quarters.count < count, let range = Period(.quarter, containing: day).range {
            day = range.from.adding(days: -1)
            quarters.insert(ResidentScore.quarter(of: day), at: 0)
        }
        guard let first = ResidentScore.range(ofQuarter: quarters[0]), let range = DateRange(from: first.from, to: today) else {
            return MomentQuarters(quarters: quarters, team: team, moments: [], scores: [], contributions: [])
        }
        let folded = team?.folded
        var named: [Contribution] = []
        try store.forEachMonth(Contribution.self, in: range, newestFirst: false) { records in
            named += records.filter { $0.contactMoment != nil && (folded == nil || directory[$0.employeeId]?.team.folded == folded) }
        }
        return MomentQuarters(quarters: quarters, team: team, moments: try store.settings().knownContactMoments,
                              scores: try store.residentScores(), contributions: named)
    }
}
