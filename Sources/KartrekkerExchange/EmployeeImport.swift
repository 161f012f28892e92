import CSV
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

    /// The line where a quoted field opens that no quote closes, if any.
    static func unclosedQuote(in text: String) -> Int? {
        var line = 1
        var openedOn: Int?
        var inQuotes = false
        var previous: Character?
        for character in text {
            if character == "\"" {
                if inQuotes {
                    inQuotes = false
                } else {
                    // An opening quote starts a field; a doubled quote inside one reopens it.
                    inQuotes = true
                    if previous != "\"" { openedOn = line }
                }
            } else if character == "\n" || character == "\r\n" {
                line += 1
            }
            previous = character
        }
        return inQuotes ? openedOn : nil
    }

    /// The line of the first byte sequence that is not UTF-8 (`nil`: the file is UTF-8), and how
    /// many well-formed multi-byte sequences (letters outside ASCII) the file holds.
    static func scanUTF8(_ data: Data) -> (firstInvalidLine: Int?, multiByteLetters: Int) {
        var line = 1
        var firstInvalid: Int?
        var letters = 0
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                index += 1
                continue
            }
            let length = byte >= 0xF0 && byte <= 0xF4 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 && byte <= 0xDF ? 2 : 0
            var valid = length > 0 && index + length <= data.endIndex
            if valid {
                for offset in 1..<length where data[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid, length > 2 {
                // Overlong forms and surrogates are not UTF-8 either.
                let second = data[index + 1]
                if byte == 0xE0 && second < 0xA0 || byte == 0xED && second > 0x9F || byte == 0xF0 && second < 0x90 || byte == 0xF4 && second > 0x8F {
                    valid = false
                }
            }
            if valid {
                letters += 1
                index += length
            } else {
                if firstInvalid == nil { firstInvalid = line }
                index += 1
            }
        }
        return (firstInvalid, letters)
    }

    /// Parses `data` (the bytes of `file`, for messages).
    public init(data: Data, file: String) throws {
        let file = SafeText.escaped(file)
        // UTF-16 (what "Unicode text" in Excel saves): a byte-order mark, or a NUL in every other byte.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            || (data.count >= 4 && data.prefix(64).enumerated().filter { $0.offset % 2 == 1 }.allSatisfy { $0.element == 0 })
            || (data.count >= 4 && data.prefix(64).enumerated().filter { $0.offset % 2 == 0 }.allSatisfy { $0.element == 0 }) {
            throw KartrekkerError("\(file) is UTF-16 text; save it as CSV UTF-8 (in Excel: CSV UTF-8 (comma delimited))",
                                  nl: "\(file) is UTF-16-tekst; bewaar het als CSV UTF-8 (in Excel: CSV UTF-8 (door komma\'s gescheiden))")
        }
        // One encoding for the whole file: UTF-8 where every line is, Windows-1252 where no line
        // holds a UTF-8 letter; a file of both (a line pasted from elsewhere) is refused at the
        // line that breaks it, rather than read as Windows-1252 with every "é" turned "Ã©".
        let scan = EmployeeImport.scanUTF8(data)
        if let line = scan.firstInvalidLine, scan.multiByteLetters > 0 {
            throw KartrekkerError("\(file):\(line): this line is not UTF-8, though the file holds UTF-8 elsewhere (a line pasted from another program?); nothing was imported",
                                  nl: "\(file):\(line): deze regel is geen UTF-8, al is de rest van het bestand dat wel (een regel uit een ander programma geplakt?); er is niets geïmporteerd",
                                  details: ["save the whole file as CSV UTF-8 (in Excel: CSV UTF-8 (comma delimited)), or retype the line"],
                                  nlDetails: ["bewaar het hele bestand als CSV UTF-8 (in Excel: CSV UTF-8 (door komma\'s gescheiden)), of typ de regel opnieuw"])
        }
        guard var text = scan.firstInvalidLine == nil ? String(data: data, encoding: .utf8) : String(data: data, encoding: .windowsCP1252) else {
            throw KartrekkerError("\(file):\(scan.firstInvalidLine ?? 1): is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8",
                                  nl: "\(file):\(scan.firstInvalidLine ?? 1): is geen UTF-8- of Windows-1252-tekst; bewaar het als CSV UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw KartrekkerError("\(file) is empty; it needs a header line (name,team,…) and a line per employee",
                                  nl: "\(file) is leeg; het heeft een kopregel nodig (naam,team,…) en een regel per medewerker")
        }
        if let line = EmployeeImport.unclosedQuote(in: text) {
            throw KartrekkerError("\(file):\(line): a quoted field starts here and is never closed (a \" is missing); nothing was imported",
                                  nl: "\(file):\(line): hier begint een veld tussen aanhalingstekens dat nooit sluit (er ontbreekt een \"); er is niets geïmporteerd")
        }
        let delimiter = EmployeeImport.delimiter(of: text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw KartrekkerError("\(file):1: \(error)", nl: "\(file):1: \(error)")
        }
        guard let header = reader.next() else { throw KartrekkerError("\(file):1: no header line",
                                                                      nl: "\(file):1: geen kopregel") }
        var columns: [Int: Column] = [:]
        var ignored: [String] = []
        for (index, title) in header.enumerated() {
            let key = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = EmployeeImport.headerNames[key] ?? EmployeeImport.headerNames[key.folded] {
                guard !columns.values.contains(column) else {
                    throw KartrekkerError("\(file):1: the header names the \(column.rawValue) column twice",
                                          nl: "\(file):1: de kopregel noemt de kolom \(column.rawValue) twee keer")
                }
                columns[index] = column
            } else if !key.isEmpty {
                ignored.append(title.trimmingCharacters(in: .whitespaces))
            }
        }
        for required in [Column.name, .team] where !columns.values.contains(required) {
            throw KartrekkerError(
                "\(file):1: the header has no \(required.rawValue) column",
                nl: "\(file):1: de kopregel heeft geen kolom \(required.rawValue)",
                details: ["found: \(header.map { SafeText.escaped($0) }.joined(separator: String(Character(delimiter))))",
                          "expected names such as name/naam, team, role/functie, email/e-mail, start/startdatum"],
                          nlDetails: ["gevonden: \(header.map { SafeText.escaped($0) }.joined(separator: String(Character(delimiter))))", "verwacht namen zoals name/naam, team, role/functie, email/e-mail, start/startdatum"])
        }
        var line = 2 + EmployeeImport.breaks(in: header)
        var rows: [Row] = []
        var problems: [Phrase] = []
        while let fields = reader.next() {
            defer { line += 1 + EmployeeImport.breaks(in: fields) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append(Phrase("line \(line): \(fields.count) fields, but the header has \(header.count)",
                                       nl: "regel \(line): \(fields.count) velden, maar de kopregel heeft er \(header.count)"))
                continue
            }
            var values: [Column: String] = [:]
            for (index, column) in columns where index < fields.count {
                values[column] = EmployeeImport.flattened(fields[index])
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
                problems.append(Phrase("line \(line): \(error.message)", nl: "regel \(line): \(error.message(in: .dutch))"))
            }
        }
        if let error = reader.error {
            problems.append(Phrase("line \(line): \(error)", nl: "regel \(line): \(error)"))
        }
        guard problems.isEmpty else {
            throw KartrekkerError("\(file) has \(problems.count) bad row\(problems.count == 1 ? "" : "s"); nothing was imported",
                                  nl: "\(file) heeft \(problems.count) foute \(problems.count == 1 ? "regel" : "regels"); er is niets geïmporteerd",
                                  details: problems.map(\.english), nlDetails: problems.map(\.dutch))
        }
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

    /// Semicolon when the header line has more semicolons than commas (outside quotes): what
    /// Dutch spreadsheet programs write.
    private static func delimiter(of text: String) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character.isNewline { break }
            if character == "," { commas += 1 }
            if character == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// A cell's line breaks and tabs (Alt+Enter in a spreadsheet) become single spaces: a name
    /// or a role is one line.
    private static func flattened(_ field: String) -> String {
        field.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    private static func breaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
    }
}
