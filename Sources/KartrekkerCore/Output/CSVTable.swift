import Foundation

/// Writes records as RFC 4180 CSV: a header of the JSON keys, one line per record, CRLF line
/// ends, fields quoted where they hold a comma, quote or line break; lists joined with `;`.
public enum CSVTable {
    /// `records` must be objects; `keys` gives the header (and the column order) so that an
    /// empty list still prints its header.
    public static func string(keys: [String], records: [OutputValue], escapingForTerminal: Bool) -> String {
        var lines = [keys.map(quoted).joined(separator: ",")]
        for record in records {
            lines.append(keys.map { key in
                let text = record[key]?.plainText ?? ""
                return quoted(escapingForTerminal ? SafeText.escaped(text) : text)
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
