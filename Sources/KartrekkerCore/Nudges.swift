/// Who deserves recognition: people with a positive score over the last 90 days whose latest
/// recognition is more than 30 days old, or who never had one.
public struct Nudges: Hashable, Sendable {
    public static let scoreDays = 90
    public static let recognitionDays = 30

    public let at: CalendarDate
    public let rows: [NudgeRow]

    /// The 90 days ending at `at`, both ends included (`at`−89 … `at`).
    public static func scoreWindow(at: CalendarDate) -> DateRange {
        DateRange(from: at.adding(days: 1 - scoreDays), to: at)!
    }

    /// A recognition on or after this date counts as recent (`at`−29).
    public static func recentSince(at: CalendarDate) -> CalendarDate {
        at.adding(days: 1 - recognitionDays)
    }

    /// `contributions` must cover the score window; `recognitions` every recognition that may be
    /// the latest one on or before `at` (more is fine).
    public init(at: CalendarDate, employees: [Employee], contributions: [Contribution], recognitions: [Recognition]) {
        let window = Nudges.scoreWindow(at: at)
        var scores: [String: Int] = [:]
        for contribution in contributions where window.contains(contribution.date) {
            scores[contribution.employeeId, default: 0] += contribution.points
        }
        var latest: [String: CalendarDate] = [:]
        for recognition in recognitions where recognition.date <= at {
            if let known = latest[recognition.employeeId], known >= recognition.date { continue }
            latest[recognition.employeeId] = recognition.date
        }
        self.init(at: at, employees: employees, scores: scores, latestRecognitions: latest)
    }

    /// From totals already added up (by the store, from summaries): `scores` over the 90-day
    /// window, and each employee's latest recognition dated on or before `at` (at least for
    /// everyone with a positive score).
    public init(at: CalendarDate, employees: [Employee], scores: [String: Int], latestRecognitions latest: [String: CalendarDate]) {
        self.at = at
        let recent = Nudges.recentSince(at: at)
        let due = employees.compactMap { employee -> NudgeRow? in
            guard !employee.archived, let score = scores[employee.id], score > 0 else { return nil }
            let last = latest[employee.id]
            if let last, last >= recent { return nil }
            return NudgeRow(employee: employee, score: score, lastRecognized: last, daysSinceRecognition: last.map { $0.days(to: at) })
        }
        rows = zip(due, TextFolding.folded(due.map(\.employee.name))).sorted { a, b in
            if a.0.score != b.0.score { return a.0.score > b.0.score }
            if a.1 != b.1 { return a.1 < b.1 }
            return a.0.employee.id < b.0.employee.id
        }.map(\.0)
    }
}
