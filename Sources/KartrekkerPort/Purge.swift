import KartrekkerCore

/// What removing the records dated before a day removes (a retention period's purge): the
/// records, the links to purged contributions, archived employees left with no record, and the
/// backups and derived files that held any of it.
public struct Purge: Sendable, Equatable {
    public let before: CalendarDate
    public let contributions: Int
    public let recognitions: Int
    /// Links from kept recognitions to purged contributions, taken out.
    public let links: Int
    /// Archived employees whose every record went, removed too.
    public let employees: [String]
    public let backups: Int

    public init(before: CalendarDate, contributions: Int, recognitions: Int, links: Int, employees: [String], backups: Int) {
        self.before = before
        self.contributions = contributions
        self.recognitions = recognitions
        self.links = links
        self.employees = employees
        self.backups = backups
    }

    public var isEmpty: Bool { contributions == 0 && recognitions == 0 && employees.isEmpty }

    public var summary: String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        return "\(count(contributions, "contribution")) and \(count(recognitions, "recognition")) dated before \(before)"
            + (links == 0 ? "" : ", \(count(links, "link")) to them from later recognitions")
            + (employees.isEmpty ? "" : ", \(count(employees.count, "archived employee")) left with no record ("
                + employees.map(SafeText.escaped).joined(separator: ", ") + ")")
            + (backups == 0 ? "" : ", \(count(backups, "backup file")) holding any of it")
    }
}
