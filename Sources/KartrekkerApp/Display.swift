import KartrekkerCore

/// How records are named wherever they are shown, on the command line and in the terminal
/// UI alike: one place for each convention.
public enum Display {
    /// "1 employee", "3 employees".
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// "Name", or "Name (archived)" (`archivedMark` in the person's language); the id where
    /// the employee is unknown.
    public static func name(_ employee: Employee?, fallback id: String, archivedMark: String = "archived") -> String {
        guard let employee else { return id }
        return employee.name + (employee.archived ? " (" + archivedMark + ")" : "")
    }

    /// "smile", or "idea (adopted)".
    public static func category(_ contribution: Contribution) -> String {
        contribution.category.rawValue + (contribution.ideaStatus.map { " (\($0.rawValue))" } ?? "")
    }

    /// "thanks", or "thanks (private)".
    public static func kind(_ recognition: Recognition) -> String {
        recognition.kind.rawValue + (recognition.visibility == .private ? " (private)" : "")
    }

    /// The change against the previous period: `▲2`, `▼1`, `=`, `new` (`^2`, `v1` in ASCII);
    /// empty where the period has no previous one (all time). `new`: the word for a newcomer in
    /// the person's language.
    public static func change(_ row: LeaderboardRow, in period: Period, unicode: Bool, new: String = "new") -> String {
        guard period.previous != nil else { return "" }
        switch row.movement {
        case .new: return new
        case .same: return "="
        case .up(let steps): return (unicode ? "▲" : "^") + String(steps)
        case .down(let steps): return (unicode ? "▼" : "v") + String(steps)
        }
    }

    /// Whether the change is good news, bad news, or neither (for colour).
    public static func tone(_ row: LeaderboardRow) -> Tone {
        switch row.movement {
        case .up, .new: .up
        case .down: .down
        case .same: .same
        }
    }

    public enum Tone: Sendable { case up, down, same }

    /// A bar for `value` of `maximum` in `width` columns (eighths of a block, or `#`).
    /// A share 0…1 as a whole percentage: "43%".
    /// A survey's score as it was given: `8`, `8.5`.
    public static func score(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    public static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A jubileum's years: "5", "12½" ("12.5" where only ASCII can be drawn).
    public static func years(_ milestone: Milestone, unicode: Bool = true) -> String {
        String(milestone.years) + (milestone.isHalfYear ? (unicode ? "½" : ".5") : "")
    }

    public static func bar(_ value: Int, of maximum: Int, width: Int, unicode: Bool) -> String {
        Bar.text(value, of: maximum, width: width, unicode: unicode)
    }

    /// Whether the locale of `environment` shows UTF-8.
    public static func unicode(environment: [String: String]) -> Bool {
        UnicodeSupport.isUTF8(environment: environment)
    }

    /// "never", "today", "1 day", "12 days".
    public static func daysAgo(_ days: Int?) -> String {
        guard let days else { return "never" }
        switch days {
        case 0: return "today"
        case 1: return "1 day"
        default: return "\(days) days"
        }
    }
}
