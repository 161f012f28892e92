import KartrekkerCore
import KartrekkerPort

/// Monday morning at a glance: this month's kartrekkers, who deserves recognition, what
/// happened lately, and how this month compares with the last.
public struct Dashboard: Sendable {
    /// A figure of this month beside the same figure of the same days of last month.
    public struct Figure: Sendable {
        public enum Kind: String, CaseIterable, Sendable {
            case contributions, recognitions, contributing, ideasAdopted
        }

        public let kind: Kind
        public let value: Int
        public let previous: Int

        /// Each figure of `now` beside the same of `before`.
        public static func compared(_ now: PeriodFigures, _ before: PeriodFigures) -> [Figure] {
            func value(_ figures: PeriodFigures, _ kind: Kind) -> Int {
                switch kind {
                case .contributions: figures.contributions
                case .recognitions: figures.recognitions
                case .contributing: figures.contributing
                case .ideasAdopted: figures.ideasAdopted
                }
            }
            return Kind.allCases.map { Figure(kind: $0, value: value(now, $0), previous: value(before, $0)) }
        }
    }

    public let today: CalendarDate
    public let board: Leaderboard
    public let nudges: Nudges
    public let recent: [ActivityItem]
    /// Contributions, recognitions given, people contributing, ideas adopted or implemented.
    public let figures: [Figure]
    /// Which days the figures count, and which they are set against.
    public let comparison: PeriodComparison
    /// The work anniversaries of the coming `Milestone.lookahead` days, soonest first.
    public let milestones: [Milestone]
    /// Active employees (for "contributing 19 of 24").
    public let activeEmployees: Int
    /// Contributions per ISO week, the last `EmployeeStory.weeks` weeks, oldest first.
    public let weeklyContributions: [Int]
    /// What the organisation agreed the boards show, and whether nudges are shown (when they
    /// are not, `nudges` is empty: they were never worked out).
    public var settings = OrganisationSettings()
    /// The teams' board of the month, where no board of people is shown.
    public var teams: TeamBoard? { settings.board == .teams ? TeamBoard(board) : nil }

    public var month: Period { board.period }

    public func figure(_ kind: Figure.Kind) -> Figure? {
        figures.first { $0.kind == kind }
    }
}
