import KartrekkerCore

/// The text of `employee show`: who they are, their points per period, their ideas, and the
/// latest contributions and recognitions.
struct EmployeeStory {
    let employee: Employee
    let contributions: [Contribution]
    let recognitions: [Recognition]
    let today: CalendarDate

    static let recentCount = 10

    func rendered() -> String {
        var lines: [String] = []
        let status = employee.archived ? "  [archived]" : ""
        lines.append(SafeText.escaped(employee.name) + status)
        var details = TextTable([.init(""), .init("")])
        details.append(["id", employee.id])
        details.append(["team", employee.team])
        if let role = employee.role { details.append(["role", role]) }
        if let email = employee.email { details.append(["email", email]) }
        if let start = employee.startDate { details.append(["started", start.description]) }
        lines.append(contentsOf: details.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
        lines.append("")
        var points = TextTable([.init("POINTS"), .init(Period(.week, containing: today).title, .right),
                                .init(Period(.month, containing: today).title, .right),
                                .init(Period(.quarter, containing: today).title, .right),
                                .init(Period(.year, containing: today).title, .right), .init("All time", .right)])
        let kinds: [PeriodKind] = [.week, .month, .quarter, .year, .all]
        points.append(["score"] + kinds.map { kind in
            let period = Period(kind, containing: today)
            return String(contributions.filter { period.contains($0.date) }.reduce(0) { $0 + $1.points })
        })
        lines.append(points.rendered())
        let ideas = contributions.filter { $0.category == .idea }
        if !ideas.isEmpty {
            let counts = IdeaStatus.allCases.map { status in "\(ideas.filter { $0.ideaStatus == status }.count) \(status.rawValue)" }
            lines.append("")
            lines.append("Ideas: \(ideas.count) (" + counts.joined(separator: ", ") + ")")
        }
        lines.append("")
        let latest = contributions.sorted { ($0.date, $0.recordedAt) > ($1.date, $1.recordedAt) }
        lines.append("Contributions: \(contributions.count)" + (latest.count > EmployeeStory.recentCount ? " (latest \(EmployeeStory.recentCount))" : ""))
        if !latest.isEmpty {
            var table = TextTable([.init("DATE"), .init("CATEGORY"), .init("PTS", .right), .init("NOTE", maxWidth: 60), .init("ID")])
            for contribution in latest.prefix(EmployeeStory.recentCount) {
                let category = contribution.category.rawValue + (contribution.ideaStatus.map { " (\($0.rawValue))" } ?? "")
                table.append([contribution.date.description, category, String(contribution.points), contribution.note, contribution.id])
            }
            lines.append(table.rendered())
        }
        lines.append("")
        let given = recognitions.sorted { ($0.date, $0.recordedAt) > ($1.date, $1.recordedAt) }
        lines.append("Recognitions: \(recognitions.count)" + (given.count > EmployeeStory.recentCount ? " (latest \(EmployeeStory.recentCount))" : ""))
        if !given.isEmpty {
            var table = TextTable([.init("DATE"), .init("KIND"), .init("MESSAGE", maxWidth: 60), .init("ID")])
            for recognition in given.prefix(EmployeeStory.recentCount) {
                table.append([recognition.date.description,
                              recognition.kind.rawValue + (recognition.visibility == .private ? " (private)" : ""),
                              recognition.message, recognition.id])
            }
            lines.append(table.rendered())
        }
        return lines.joined(separator: "\n")
    }
}
