/// The board of teams, for an organisation that shows no board of people: each team's points
/// over the period (of everyone in it who scored), ranked, ties sharing a rank.
public struct TeamBoard: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let rank: Int
        public let team: String
        public let score: Int
        public let contributions: Int
        /// How many of the team scored in the period.
        public let people: Int
        public let previousRank: Int?
    }

    public let period: Period
    public let rows: [Row]

    public init(_ board: Leaderboard) {
        period = board.period
        struct Sum { var score = 0, contributions = 0, people = 0, previous = 0 }
        var sums: [String: Sum] = [:]
        var names: [String: String] = [:]
        for row in board.rows {
            let key = row.employee.team.folded
            names[key] = names[key] ?? row.employee.team
            sums[key, default: Sum()].score += row.score
            sums[key, default: Sum()].contributions += row.contributions
            sums[key, default: Sum()].people += 1
            sums[key, default: Sum()].previous += row.previousScore ?? 0
        }
        func ranked(_ score: (Sum) -> Int) -> [(key: String, rank: Int)] {
            let sorted = sums.filter { score($0.value) > 0 }.sorted { a, b in
                score(a.value) != score(b.value) ? score(a.value) > score(b.value) : a.key < b.key
            }
            var result: [(key: String, rank: Int)] = []
            for (offset, entry) in sorted.enumerated() {
                let tied = offset > 0 && score(sorted[offset - 1].value) == score(entry.value)
                result.append((entry.key, tied ? result[offset - 1].rank : offset + 1))
            }
            return result
        }
        let previous = Dictionary(uniqueKeysWithValues: ranked(\.previous).map { ($0.key, $0.rank) })
        rows = ranked(\.score).map { key, rank in
            let sum = sums[key]!
            return Row(rank: rank, team: names[key]!, score: sum.score, contributions: sum.contributions, people: sum.people,
                       previousRank: previous[key])
        }
    }
}
