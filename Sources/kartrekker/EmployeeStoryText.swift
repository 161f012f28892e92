import KartrekkerApp
import KartrekkerCore

/// The text of `employee show`: who they are, their points per period, their ideas, and the
/// latest contributions and recognitions.
struct EmployeeStoryText {
    let story: EmployeeStory

    static let recentCount = 10

    func rendered() -> String {
        let employee = story.employee
        var lines: [String] = []
        let status = employee.archived ? "  [archived]" : ""
        lines.append(SafeText.escaped(employee.name) + status)
        var details = TextTable([.init(""), .init("")])
        details.append(["id", employee.id])
        details.append(["team", employee.team])
        if let role = employee.role { details.append(["role", role]) }
        if let email = employee.email { details.append(["email", email]) }
        if let start = employee.startDate { details.append(["started", start.description]) }
        if !employee.onBoard { details.append(["boards", "not shown, at their wish"]) }
        if employee.praise == .private { details.append(["praise", "in private (recognitions private by default)"]) }
        lines.append(contentsOf: details.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
        lines.append("")
        var points = TextTable([.init("POINTS")] + story.scores.map { .init($0.period.title, .right) })
        points.append(["score"] + story.scores.map { String($0.score) })
        lines.append(points.rendered())
        if story.ideaCount > 0 {
            let counts = story.ideas.map { "\($0.count) \($0.status.rawValue)" }
            lines.append("")
            lines.append("Ideas: \(story.ideaCount) (" + counts.joined(separator: ", ") + ")")
        }
        lines.append("")
        let latest = story.contributions
        let recent = EmployeeStoryText.recentCount
        let total = story.contributionCount
        lines.append("Contributions: \(total)" + (total > recent
            ? " (the latest \(recent); \(total - recent) more with: kartrekker contribution list --employee \(employee.id))" : ""))
        if !latest.isEmpty {
            var table = TextTable([.init("DATE"), .init("CATEGORY"), .init("PTS", .right), .init("NOTE", maxWidth: 60), .init("ID")])
            for contribution in latest.prefix(recent) {
                table.append([contribution.date.description, Display.category(contribution), String(contribution.points),
                              contribution.note, contribution.id])
            }
            lines.append(table.rendered(width: Console.terminalWidth))
        }
        lines.append("")
        let given = story.recognitions
        let received = story.recognitionCount
        lines.append("Recognitions: \(received)" + (received > recent
            ? " (the latest \(recent); \(received - recent) more with: kartrekker recognition list --employee \(employee.id))" : ""))
        if !given.isEmpty {
            var table = TextTable([.init("DATE"), .init("KIND"), .init("MESSAGE", maxWidth: 60), .init("ID")])
            for recognition in given.prefix(recent) {
                table.append([recognition.date.description, Display.kind(recognition), recognition.message, recognition.id])
            }
            lines.append(table.rendered(width: Console.terminalWidth))
        }
        return lines.joined(separator: "\n")
    }
}
