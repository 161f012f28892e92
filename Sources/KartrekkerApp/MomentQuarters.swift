import KartrekkerCore

/// The residents' scores beside the effort, per contact moment over the quarters: for each
/// moment and quarter the score residents gave (where one was typed in), how many
/// contributions named the moment and how many of them were smiles. Shown side by side, never
/// as cause and effect.
public struct MomentQuarters: Sendable {
    /// One moment's quarters, oldest first (in the order of `quarters`).
    public struct Row: Sendable {
        public let moment: ContactMoment
        public let scores: [Double?]
        public let contributions: [Int]
        public let smiles: [Int]
    }

    /// The quarters shown, oldest first (`2026-Q1`).
    public let quarters: [String]
    /// Every contact moment in use, in the journey's order.
    public let rows: [Row]
    /// The team shown, where one is.
    public let team: String?

    public init(quarters: [String], team: String?, moments: [ContactMoment], scores: [ResidentScore], contributions: [Contribution]) {
        self.quarters = quarters
        self.team = team
        var counts: [ContactMoment: [String: (all: Int, smiles: Int)]] = [:]
        for contribution in contributions {
            guard let moment = contribution.contactMoment else { continue }
            let quarter = ResidentScore.quarter(of: contribution.date)
            var entry = counts[moment, default: [:]][quarter] ?? (0, 0)
            entry.all += 1
            if contribution.category == .smile { entry.smiles += 1 }
            counts[moment, default: [:]][quarter] = entry
        }
        let folded = team?.folded
        let theirs = scores.filter { $0.team?.folded == folded }
        let used = Set(counts.keys).union(theirs.map(\.contactMoment))
        rows = (moments + used.filter { !moments.contains($0) }.sorted()).map { moment in
            Row(moment: moment,
                scores: quarters.map { quarter in theirs.first { $0.quarter == quarter && $0.contactMoment == moment }?.score },
                contributions: quarters.map { counts[moment]?[$0]?.all ?? 0 },
                smiles: quarters.map { counts[moment]?[$0]?.smiles ?? 0 })
        }
    }

    /// The moment whose latest score is lowest, where any has one: where residents are least
    /// content (in the sector's own figures, moving out).
    public var lowest: ContactMoment? {
        rows.compactMap { row in row.scores.last(where: { $0 != nil }).flatMap { $0 }.map { (row.moment, $0) } }
            .min { $0.1 < $1.1 }?.0
    }
}
