import Foundation

/// The employees of a data directory, with the lookups the commands and screens need:
/// resolving what a user typed to one employee, duplicate names, teams.
public struct EmployeeDirectory: Sendable {
    public let employees: [Employee]
    private let folding: FoldedNames
    /// Every name folded, made on first use: finding someone by id (a form, a script) needs
    /// none, and a thousand names take a while.
    private var foldedNames: [String] { folding.names }
    private let indexByID: [String: Int]

    public init(_ employees: [Employee]) {
        self.employees = employees
        folding = FoldedNames(employees.map(\.name))
        var index: [String: Int] = [:]
        for (offset, employee) in employees.enumerated() { index[employee.id] = offset }
        indexByID = index
    }

    public subscript(id: String) -> Employee? {
        indexByID[id].map { employees[$0] }
    }

    /// The employee `reference` names: an id, else the whole name (case- and accent-insensitive),
    /// else a unique prefix of a name. Unknown and ambiguous references throw an error that
    /// lists the candidates.
    public func resolve(_ reference: String) throws -> Employee {
        let typed = reference.trimmingCharacters(in: .whitespaces)
        if let employee = self[typed] { return employee }
        let key = typed.folded
        guard !key.isEmpty else { throw KartrekkerError("no employee given", nl: "geen medewerker opgegeven", field: .employee) }
        let whole = indices(where: { $0 == key })
        if whole.count == 1 { return employees[whole[0]] }
        if whole.count > 1 { throw ambiguity(typed, whole) }
        let prefixed = indices(where: { $0.hasPrefix(key) })
        if prefixed.count == 1 { return employees[prefixed[0]] }
        if prefixed.count > 1 { throw ambiguity(typed, prefixed) }
        var near = indices(where: { $0.contains(key) })
        if near.isEmpty {
            // Nothing contains it: offer the names closest to what was typed (a typo).
            near = foldedNames.indices
                .map { ($0, EmployeeDirectory.distance(key, String(foldedNames[$0].prefix(key.count + 2)))) }
                .filter { $0.1 <= max(2, key.count / 3) }
                .sorted { ($0.1, foldedNames[$0.0]) < ($1.1, foldedNames[$1.0]) }
                .prefix(5).map(\.0)
        }
        throw KartrekkerError(
            "no employee matches \"\(SafeText.escaped(typed))\"" + (near.isEmpty ? "" : "; did you mean one of these?"),
            nl: "geen medewerker past bij \"\(SafeText.escaped(typed))\"" + (near.isEmpty ? "" : "; bedoel je een van deze?"),
            details: candidateLines(near), field: .employee)
    }

    /// The employee whose name folds to the same text as `name`, other than `exceptID`.
    public func employee(named name: String, except exceptID: String? = nil) -> Employee? {
        let key = name.folded
        return indices(where: { $0 == key }).map { employees[$0] }.first { $0.id != exceptID }
    }

    /// Every team name in use, each once (first spelling seen), ordered by folded name.
    public var teams: [String] {
        var seen: [String: String] = [:]
        for employee in employees where seen[employee.team.folded] == nil {
            seen[employee.team.folded] = employee.team
        }
        return seen.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The team as spelled in the data, for a case- and accent-insensitive `typed` name.
    public func team(matching typed: String) throws -> String {
        let key = typed.trimmingCharacters(in: .whitespaces).folded
        if let team = teams.first(where: { $0.folded == key }) { return team }
        throw KartrekkerError("no team is called \"\(SafeText.escaped(typed))\"", nl: "geen team heet \"\(SafeText.escaped(typed))\"",
                              details: teams.isEmpty ? [] : ["teams: " + teams.map(SafeText.escaped).joined(separator: ", ")])
    }

    /// Employees ordered the way every list shows them: folded name, then id.
    public var sortedByName: [Employee] {
        employees.indices
            .sorted { (foldedNames[$0], employees[$0].id) < (foldedNames[$1], employees[$1].id) }
            .map { employees[$0] }
    }

    /// Levenshtein distance, for suggesting names close to a typo.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    private func indices(where matches: (String) -> Bool) -> [Int] {
        foldedNames.indices.filter { matches(foldedNames[$0]) }
    }

    private func ambiguity(_ typed: String, _ matches: [Int]) -> KartrekkerError {
        KartrekkerError("\"\(SafeText.escaped(typed))\" matches \(matches.count) employees; give the id or more of the name",
                        nl: "\"\(SafeText.escaped(typed))\" past bij \(matches.count) medewerkers; geef de id of meer van de naam",
                        details: candidateLines(matches), field: .employee)
    }

    private func candidateLines(_ matches: [Int]) -> [String] {
        matches.prefix(20).map { index in
            let employee = employees[index]
            return "\(employee.id)  \(SafeText.escaped(employee.name)) (\(SafeText.escaped(employee.team)))"
                + (employee.archived ? " [archived]" : "")
        }
    }
}

/// Names folded once, when first asked for; shared by copies of a directory.
private final class FoldedNames: @unchecked Sendable {
    private let lock = NSLock()
    private let source: [String]
    private var folded: [String]?

    init(_ names: [String]) {
        source = names
    }

    var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let folded { return folded }
        let made = TextFolding.folded(source)
        folded = made
        return made
    }
}
