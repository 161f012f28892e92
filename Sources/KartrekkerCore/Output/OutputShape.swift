/// The JSON shapes of the contract, one function per kind of record. JSON, CSV and the
/// command line's tables are all made from these, so they cannot disagree.
public enum OutputShape {
    public static let employeeKeys = ["id", "name", "team", "role", "email", "startDate", "archived"]
    public static let wishesKeys = ["id", "onBoard", "praise"]
    public static let contributionKeys = ["id", "employeeId", "date", "category", "note", "channel", "values",
                                          "project", "ideaStatus", "points", "recordedBy", "recordedAt"]
    public static let recognitionKeys = ["id", "employeeId", "date", "kind", "message", "contributionIds",
                                         "visibility", "recordedBy", "recordedAt"]
    public static let leaderboardRowKeys = ["rank", "id", "name", "team", "score", "contributions", "recognitions",
                                            "previousRank", "previousScore"]
    public static let nudgeRowKeys = ["id", "name", "team", "score", "lastRecognized", "daysSinceRecognition"]

    public static func employee(_ e: Employee) -> OutputValue {
        .object([
            .init("id", .string(e.id)), .init("name", .string(e.name)), .init("team", .string(e.team)),
            .init("role", .optional(e.role)), .init("email", .optional(e.email)),
            .init("startDate", .optional(e.startDate?.description)), .init("archived", .bool(e.archived)),
        ])
    }

    /// A person's wishes, beside the contract's employee shape (which stays as it is): on the
    /// boards or not, praise in public or in private.
    public static func wishes(_ e: Employee) -> OutputValue {
        .object([.init("id", .string(e.id)), .init("onBoard", .bool(e.onBoard)), .init("praise", .string(e.praise.rawValue))])
    }

    /// Fields a contribution gained after the contract's shape: each key appears only where its
    /// record has it, so a program written to the contract sees the shape it knows.
    public static let contributionExtraKeys = ["contactMoment", "storyProblem", "storyAction", "storyCost", "storyOutcome",
                                               "declineReason", "with"]
    /// A recognition's fields after the contract's shape, as `contributionExtraKeys`.
    public static let recognitionExtraKeys = ["amount"]

    /// A CSV's columns for contributions: the contract's, and the later fields after them
    /// where any record written holds one.
    public static func contributionColumns(withExtras: Bool) -> [String] {
        withExtras ? contributionKeys + contributionExtraKeys : contributionKeys
    }

    /// A CSV's columns for recognitions, as `contributionColumns`.
    public static func recognitionColumns(withExtras: Bool) -> [String] {
        withExtras ? recognitionKeys + recognitionExtraKeys : recognitionKeys
    }

    public static func contribution(_ c: Contribution) -> OutputValue {
        guard c.needsVersion2 else { return contractContribution(c) }
        guard case .object(var fields) = contractContribution(c) else { return contractContribution(c) }
        let extra: [(String, String?)] = [("contactMoment", c.contactMoment?.key), ("storyProblem", c.story?.problem),
                                          ("storyAction", c.story?.action), ("storyCost", c.story?.cost?.description),
                                          ("storyOutcome", c.story?.outcome), ("declineReason", c.declineReason)]
        for case let (key, value?) in extra { fields.append(.init(key, .string(value))) }
        if !c.with.isEmpty { fields.append(.init("with", .array(c.with.map(OutputValue.string)))) }
        return .object(fields)
    }

    private static func contractContribution(_ c: Contribution) -> OutputValue {
        .object([
            .init("id", .string(c.id)), .init("employeeId", .string(c.employeeId)),
            .init("date", .string(c.date.description)), .init("category", .string(c.category.rawValue)),
            .init("note", .string(c.note)), .init("channel", .optional(c.channel?.rawValue)),
            .init("values", .array(c.values.map(OutputValue.string))), .init("project", .optional(c.project)),
            .init("ideaStatus", .optional(c.ideaStatus?.rawValue)), .init("points", .int(c.points)),
            .init("recordedBy", .string(c.recordedBy)),
            .init("recordedAt", .string(Instant(c.recordedAt).description)),
        ])
    }

    public static func recognition(_ r: Recognition) -> OutputValue {
        guard let amount = r.amount, case .object(var fields) = contractRecognition(r) else { return contractRecognition(r) }
        fields.append(.init("amount", .string(amount.description)))
        return .object(fields)
    }

    private static func contractRecognition(_ r: Recognition) -> OutputValue {
        .object([
            .init("id", .string(r.id)), .init("employeeId", .string(r.employeeId)),
            .init("date", .string(r.date.description)), .init("kind", .string(r.kind.rawValue)),
            .init("message", .string(r.message)),
            .init("contributionIds", .array(r.contributionIds.map(OutputValue.string))),
            .init("visibility", .string(r.visibility.rawValue)), .init("recordedBy", .string(r.recordedBy)),
            .init("recordedAt", .string(Instant(r.recordedAt).description)),
        ])
    }

    public static func leaderboardRow(_ row: LeaderboardRow) -> OutputValue {
        .object([
            .init("rank", .int(row.rank)), .init("id", .string(row.employee.id)),
            .init("name", .string(row.employee.name)), .init("team", .string(row.employee.team)),
            .init("score", .int(row.score)), .init("contributions", .int(row.contributions)),
            .init("recognitions", .int(row.recognitions)), .init("previousRank", .optional(row.previousRank)),
            .init("previousScore", .optional(row.previousScore)),
        ])
    }

    public static func leaderboard(_ board: Leaderboard) -> OutputValue {
        .object([
            .init("period", .object([
                .init("kind", .string(board.period.kind.rawValue)),
                .init("from", .optional(board.period.range?.from.description)),
                .init("to", .optional(board.period.range?.to.description)),
            ])),
            .init("rows", .array(board.rows.map(leaderboardRow))),
            .init("notShown", .int(board.notShown)),
        ])
    }

    public static func nudgeRow(_ row: NudgeRow) -> OutputValue {
        .object([
            .init("id", .string(row.employee.id)), .init("name", .string(row.employee.name)),
            .init("team", .string(row.employee.team)), .init("score", .int(row.score)),
            .init("lastRecognized", .optional(row.lastRecognized?.description)),
            .init("daysSinceRecognition", .optional(row.daysSinceRecognition)),
        ])
    }

    public static let milestoneKeys = ["id", "name", "team", "startDate", "date", "months"]

    /// A work anniversary: `months` of service on `date` (150 for 12½ years).
    public static func milestone(_ milestone: Milestone) -> OutputValue {
        .object([
            .init("id", .string(milestone.employee.id)), .init("name", .string(milestone.employee.name)),
            .init("team", .string(milestone.employee.team)),
            .init("startDate", .optional(milestone.employee.startDate?.description)),
            .init("date", .string(milestone.date.description)), .init("months", .int(milestone.months)),
        ])
    }

    /// The nudges, and the work anniversaries of the coming days beside them.
    public static func nudges(_ nudges: Nudges, milestones: [Milestone] = []) -> OutputValue {
        .object([
            .init("at", .string(nudges.at.description)),
            .init("rows", .array(nudges.rows.map(nudgeRow))),
            .init("milestones", .array(milestones.map(milestone))),
        ])
    }
}
