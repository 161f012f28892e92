/// Whether recognition is spread fairly over a stretch of days, or has become a popularity
/// contest: four figures, each answering one question a works council or a team lead asks.
/// Computed from the records dated in the days; archived people and their records are left out.
public struct Fairness: Hashable, Sendable {
    /// One person and how many recognitions they received in the days.
    public struct Recipient: Hashable, Sendable {
        public let employee: Employee
        public let recognitions: Int
        /// How many different people recognized them (by who recorded each recognition).
        public let givers: Int
    }

    /// Someone who contributed but was not recognized in the days.
    public struct Unrecognized: Hashable, Sendable {
        public let employee: Employee
        public let contributions: Int
        public let points: Int
    }

    /// One category: how many contributions of it were recorded in the days, and how many of
    /// those a recognition dated in the days is for.
    public struct CategoryShare: Hashable, Sendable {
        public let category: Category
        public let recorded: Int
        public let recognized: Int
    }

    public let range: DateRange
    /// Every recognition dated in the days.
    public let recognitions: Int
    /// Everyone recognized, most recognitions first (then name, then id).
    public let recipients: [Recipient]
    /// Who contributed but received no recognition, most points first (the nudges of the days).
    public let unrecognized: [Unrecognized]
    /// Every category, in the category order.
    public let categories: [CategoryShare]
    /// How many smiles of the days happened in one contact moment.
    public struct MomentSmiles: Hashable, Sendable {
        public let moment: ContactMoment
        public let smiles: Int
    }

    /// Where the smiles of the days happened: how many in each contact moment (most first, then
    /// in the journey's order), and how many named none.
    public let smilesByMoment: [MomentSmiles]
    public let smilesWithoutMoment: Int

    public init(range: DateRange, employees: [Employee], contributions: [Contribution], recognitions: [Recognition]) {
        self.range = range
        let active = Dictionary(employees.filter { !$0.archived }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let given = recognitions.filter { range.contains($0.date) && active[$0.employeeId] != nil }
        let recorded = contributions.filter { range.contains($0.date) && active[$0.employeeId] != nil }
        self.recognitions = given.count

        var received: [String: (count: Int, givers: Set<String>)] = [:]
        for recognition in given {
            received[recognition.employeeId, default: (0, [])].count += 1
            received[recognition.employeeId, default: (0, [])].givers.insert(recognition.recordedBy)
        }
        recipients = received.compactMap { id, entry in
            active[id].map { Recipient(employee: $0, recognitions: entry.count, givers: entry.givers.count) }
        }.sorted { ($1.recognitions, $0.employee.name, $0.employee.id) < ($0.recognitions, $1.employee.name, $1.employee.id) }

        var contributed: [String: (count: Int, points: Int)] = [:]
        for contribution in recorded {
            contributed[contribution.employeeId, default: (0, 0)].count += 1
            contributed[contribution.employeeId, default: (0, 0)].points += contribution.points
        }
        unrecognized = contributed.compactMap { id, entry in
            received[id] == nil ? active[id].map { Unrecognized(employee: $0, contributions: entry.count, points: entry.points) } : nil
        }.sorted { ($1.points, $0.employee.name, $0.employee.id) < ($0.points, $1.employee.name, $1.employee.id) }

        let linked = Set(given.flatMap(\.contributionIds))
        categories = Category.allCases.map { category in
            let theirs = recorded.filter { $0.category == category }
            return CategoryShare(category: category, recorded: theirs.count, recognized: theirs.filter { linked.contains($0.id) }.count)
        }

        let smiles = recorded.filter { $0.category == .smile }
        var byMoment: [ContactMoment: Int] = [:]
        for smile in smiles { if let moment = smile.contactMoment { byMoment[moment, default: 0] += 1 } }
        smilesByMoment = byMoment.map { MomentSmiles(moment: $0.key, smiles: $0.value) }
            .sorted { ($1.smiles, $0.moment) < ($0.smiles, $1.moment) }
        smilesWithoutMoment = smiles.count - byMoment.values.reduce(0, +)
    }

    /// The three people recognized most (fewer where fewer were recognized; a tie for third
    /// place is settled by name, as the board lists them).
    public var topThree: [Recipient] { Array(recipients.prefix(3)) }

    /// The share of the recognitions that went to `topThree`, 0…1; `nil` without recognitions.
    public var topThreeShare: Double? {
        recognitions == 0 ? nil : Double(topThree.reduce(0) { $0 + $1.recognitions }) / Double(recognitions)
    }

    /// How many different people recognized each recognized person, on average; `nil` where
    /// nobody was recognized.
    public var averageGivers: Double? {
        recipients.isEmpty ? nil : Double(recipients.reduce(0) { $0 + $1.givers }) / Double(recipients.count)
    }

    /// The recognized people who heard it from one person only.
    public var singleGiver: Int { recipients.count { $0.givers == 1 } }

    /// The share of `category`'s contributions recorded in the days that were recognized, 0…1;
    /// `nil` where none were recorded.
    public func recognizedShare(_ category: Category) -> Double? {
        guard let share = categories.first(where: { $0.category == category }), share.recorded > 0 else { return nil }
        return Double(share.recognized) / Double(share.recorded)
    }
}
