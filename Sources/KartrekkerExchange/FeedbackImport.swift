import Foundation
import KartrekkerCore

/// A survey's answers read from its export: a CSV as survey bureaus and spreadsheet programs
/// write it (the dialects of `EmployeeImport`), with a date, a score and a comment per answer,
/// and where the export has them the contact moment and the employee's name; header words in
/// English or Dutch, in any order.
///
/// All or nothing: a row whose date or score cannot be read, or whose comment could not be a
/// note, makes the whole file refused, every such row named by its line.
public struct FeedbackImport: Sendable {
    /// One answer, as the survey gave it.
    public struct Response: Sendable, Hashable {
        /// The line of the file the row starts on.
        public let line: Int
        public let date: CalendarDate
        public let score: Double
        /// Trimmed; may be empty.
        public let comment: String
        public let contactMoment: String?
        /// The employee's name as the survey names them, if it has such a column.
        public let employeeName: String?
    }

    public let responses: [Response]
    /// The highest score the file's scale allows: 10, or 5 when no answer scores above 5.
    public let scale: Int
    /// Columns that were not understood and were left out.
    public let ignoredColumns: [String]

    private enum Column: String {
        case date, score, comment, moment = "contact moment", employee
    }

    private static let headerNames: [String: Column] = [
        "date": .date, "datum": .date, "response date": .date, "responsdatum": .date, "ingevuld op": .date, "datum ingevuld": .date,
        "submitted": .date, "completed": .date,
        "score": .score, "cijfer": .score, "rapportcijfer": .score, "grade": .score, "rating": .score, "waardering": .score,
        "oordeel": .score,
        "comment": .comment, "comments": .comment, "opmerking": .comment, "opmerkingen": .comment, "toelichting": .comment,
        "feedback": .comment, "reactie": .comment, "antwoord": .comment, "answer": .comment,
        "contact moment": .moment, "contactmoment": .moment, "klantmoment": .moment, "proces": .moment, "process": .moment,
        "touchpoint": .moment, "onderzoek": .moment,
        "employee": .employee, "employee name": .employee, "medewerker": .employee, "naam medewerker": .employee,
        "behandelaar": .employee, "behandeld door": .employee, "staff": .employee,
    ]

    /// Parses `data` (the bytes of `file`, for messages).
    public init(data: Data, file: String) throws {
        let file = SafeText.escaped(file)
        let table = try SpreadsheetTable(data: data, file: file, empty: Phrase(
            "\(file) is empty; it needs a header line (datum,cijfer,toelichting,…) and a line per answer",
            nl: "\(file) is leeg; het heeft een kopregel nodig (datum,cijfer,toelichting,…) en een regel per antwoord"))
        let (columns, ignored) = try table.columns(FeedbackImport.headerNames, file: file)
        for required in [Column.date, .score, .comment] where !columns.values.contains(required) {
            throw KartrekkerError(
                "\(file):1: the header has no \(required.rawValue) column",
                nl: "\(file):1: de kopregel heeft geen kolom \(required.rawValue)",
                details: ["found: \(table.headerLine)",
                          "expected names such as date/datum, score/cijfer, comment/toelichting, contact moment/klantmoment, employee/medewerker"],
                nlDetails: ["gevonden: \(table.headerLine)",
                            "verwacht namen zoals date/datum, score/cijfer, comment/toelichting, contact moment/klantmoment, employee/medewerker"])
        }
        var responses: [Response] = []
        var problems = table.problems
        for (line, fields) in table.rows {
            var values: [Column: String] = [:]
            for (index, column) in columns where index < fields.count {
                let text = (column == .comment ? fields[index] : SpreadsheetTable.flattened(fields[index])).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { values[column] = text }
            }
            func bad(_ english: String, _ dutch: String) {
                problems.append((line, Phrase("line \(line): \(english)", nl: "regel \(line): \(dutch)")))
            }
            // A date with a time after it ("03-11-2026 14:22") is that day.
            let dateText = values[.date].map { String($0.split(separator: " ").first ?? "") } ?? ""
            guard let date = DateInput.typed(dateText) else {
                bad("date \"\(SafeText.escaped(values[.date] ?? ""))\" is not a date (YYYY-MM-DD or DD-MM-YYYY)",
                    "datum \"\(SafeText.escaped(values[.date] ?? ""))\" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)")
                continue
            }
            guard let score = FeedbackImport.score(values[.score] ?? "") else {
                bad("score \"\(SafeText.escaped(values[.score] ?? ""))\" is not a score from 0 to 10",
                    "cijfer \"\(SafeText.escaped(values[.score] ?? ""))\" is geen cijfer van 0 tot 10")
                continue
            }
            let comment = values[.comment] ?? ""
            if let problem = Validation.storedTextProblem(comment.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "),
                                                          maxLength: Validation.maxTextLength) {
                bad("the comment \(problem.english)", "de toelichting \(problem.dutch)")
                continue
            }
            responses.append(Response(line: line, date: date, score: score,
                                      comment: SpreadsheetTable.flattened(comment), contactMoment: values[.moment],
                                      employeeName: values[.employee]))
        }
        try SpreadsheetTable.refuseBadRows(problems, file: file)
        self.responses = responses
        scale = responses.contains { $0.score > 5 } ? 10 : 5
        ignoredColumns = ignored
    }

    /// A score as surveys write it: `8`, `8,5`, `8.5`, `9/10`; from 0 to 10.
    static func score(_ text: String) -> Double? {
        var plain = text.trimmingCharacters(in: .whitespaces)
        if plain.hasSuffix("/10") { plain.removeLast(3) } else if plain.hasSuffix("/5") { plain.removeLast(2) }
        plain = plain.replacingOccurrences(of: ",", with: ".")
        guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(plain),
              (0...10).contains(value) else { return nil }
        return value
    }
}
