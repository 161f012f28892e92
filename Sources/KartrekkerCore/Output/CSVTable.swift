import Foundation

/// Writes records as RFC 4180 CSV: a header of the JSON keys, one line per record, CRLF line
/// ends, fields quoted where they hold a comma, quote or line break; lists joined with `;`.
public enum CSVTable {
    /// How the CSV is written: exact RFC 4180 for programs, or what Dutch Excel opens as
    /// columns (`;`, a byte-order mark, CRLF) without running any cell as a formula.
    public enum Dialect: String, CaseIterable, Sendable {
        case rfc4180
        case excelNL = "excel-nl"

        var separator: Character { self == .excelNL ? ";" : "," }
    }

    /// `records` must be objects; `keys` gives the header (and the column order) so that an
    /// empty list still prints its header.
    public static func string(keys: [String], records: [OutputValue], escapingForTerminal: Bool,
                              dialect: Dialect = .rfc4180) -> String {
        let separator = String(dialect.separator)
        var lines = [keys.map { quoted($0, dialect) }.joined(separator: separator)]
        for record in records {
            lines.append(keys.map { key in
                let text = record[key]?.plainText ?? ""
                return quoted(escapingForTerminal ? SafeText.escaped(text) : text, dialect)
            }.joined(separator: separator))
        }
        let body = lines.joined(separator: "\r\n") + "\r\n"
        return dialect == .excelNL ? "\u{FEFF}" + body : body
    }

    /// The header line (with its CRLF) of a CSV written a record at a time.
    public static func header(_ keys: [String], dialect: Dialect = .rfc4180) -> String {
        (dialect == .excelNL ? "\u{FEFF}" : "") + keys.map { quoted($0, dialect) }.joined(separator: String(dialect.separator)) + "\r\n"
    }

    /// One record's line (with its CRLF).
    public static func line(_ record: OutputValue, keys: [String], escapingForTerminal: Bool, dialect: Dialect = .rfc4180) -> String {
        keys.map { key in
            let text = record[key]?.plainText ?? ""
            return quoted(escapingForTerminal ? SafeText.escaped(text) : text, dialect)
        }.joined(separator: String(dialect.separator)) + "\r\n"
    }

    private static func quoted(_ raw: String, _ dialect: Dialect) -> String {
        var field = raw
        // A cell that starts like a formula would run in a spreadsheet: make it text.
        if dialect == .excelNL, let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            field = "'" + field
        }
        guard field.contains(where: { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
