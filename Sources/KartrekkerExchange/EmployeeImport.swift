import Foundation
import KartrekkerCore

/// Employees read from a CSV file as spreadsheet programs write it: comma or semicolon
/// (detected), an optional UTF-8 byte-order mark (or Windows-1252 text, as older Excel writes
/// it), LF or CRLF, RFC 4180 quoting, English or Dutch header names in any order.
///
/// All or nothing: if any row is bad, the error names every bad row by line.
public struct EmployeeImport: Sendable {
    public struct Row: Sendable {
        /// The line of the file the row starts on.
        public let line: Int
        public let employee: Employee
    }

    /// The valid rows, in file order (ids still to be given).
    public let rows: [Row]
    /// Columns that were not understood and were left out.
    public let ignoredColumns: [String]

    private enum Column: String {
        case name, team, role, email, start
    }

    private static let headerNames: [String: Column] = [
        "name": .name, "naam": .name, "full name": .name, "volledige naam": .name,
        "team": .team, "afdeling": .team,
        "role": .role, "functie": .role, "rol": .role,
        "email": .email, "e-mail": .email, "e-mailadres": .email, "emailadres": .email,
        "start": .start, "startdatum": .start, "start date": .start, "startdate": .start, "in dienst": .start,
    ]

    /// Parses `data` (the bytes of `file`, for messages).
    public init(data: Data, file: String) throws {
        let file = SafeText.escaped(file)
        let table = try SpreadsheetTable(data: data, file: file, empty: Phrase(
            "\(file) is empty; it needs a header line (name,team,…) and a line per employee",
            nl: "\(file) is leeg; het heeft een kopregel nodig (naam,team,…) en een regel per medewerker"))
        let (columns, ignored) = try table.columns(EmployeeImport.headerNames, file: file)
        for required in [Column.name, .team] where !columns.values.contains(required) {
            throw KartrekkerError(
                "\(file):1: the header has no \(required.rawValue) column",
                nl: "\(file):1: de kopregel heeft geen kolom \(required.rawValue)",
                details: ["found: \(table.headerLine)",
                          "expected names such as name/naam, team, role/functie, email/e-mail, start/startdatum"],
                          nlDetails: ["gevonden: \(table.headerLine)", "verwacht namen zoals name/naam, team, role/functie, email/e-mail, start/startdatum"])
        }
        var rows: [Row] = []
        var problems = table.problems
        for (line, fields) in table.rows {
            var values: [Column: String] = [:]
            for (index, column) in columns where index < fields.count {
                values[column] = SpreadsheetTable.flattened(fields[index])
            }
            do {
                var start: CalendarDate?
                if let text = values[.start]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                    guard let date = DateInput.typed(text) else {
                        throw KartrekkerError("start \"\(SafeText.escaped(text))\" is not a date (use YYYY-MM-DD or DD-MM-YYYY)",
                                              nl: "start \"\(SafeText.escaped(text))\" is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)")
                    }
                    start = date
                }
                let employee = try Records.employee(id: "", name: values[.name] ?? "", team: values[.team] ?? "",
                                                    role: values[.role], email: values[.email], startDate: start)
                rows.append(Row(line: line, employee: employee))
            } catch let error as KartrekkerError {
                problems.append((line, Phrase("line \(line): \(error.message)", nl: "regel \(line): \(error.message(in: .dutch))")))
            }
        }
        try SpreadsheetTable.refuseBadRows(problems, file: file)
        self.rows = rows
        ignoredColumns = ignored
    }

    /// Which rows are new and which are skipped because the name exists already (in the data
    /// or earlier in the file).
    public func plan(existing: EmployeeDirectory) -> (new: [Row], skipped: [Row]) {
        var seen = Set(existing.employees.map(\.name.folded))
        var new: [Row] = []
        var skipped: [Row] = []
        for row in rows {
            if seen.insert(row.employee.name.folded).inserted { new.append(row) } else { skipped.append(row) }
        }
        return (new, skipped)
    }
}
