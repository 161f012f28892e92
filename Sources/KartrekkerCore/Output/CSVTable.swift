import Foundation

/// Writes records as RFC 4180 CSV: a header of the JSON keys, one line per record, CRLF line
/// ends, fields quoted where they hold a comma, quote or line break; lists joined with `;`.
public enum CSVTable {
    /// How the CSV is written: exact RFC 4180 for programs, or what Dutch Excel opens as
    /// columns (`;`, a byte-order mark, CRLF) without running any cell as a formula.
    public enum Dialect: String, CaseIterable, Sendable {
        case rfc4180
        case excelNL = "excel-nl"

        var separator: UInt8 { self == .excelNL ? UInt8(ascii: ";") : UInt8(ascii: ",") }

    }

    /// `records` must be objects; `keys` gives the header (and the column order) so that an
    /// empty list still prints its header.
    public static func string(keys: [String], records: [OutputValue], escapingForTerminal: Bool,
                              dialect: Dialect = .rfc4180) -> String {
        var bytes = Array(header(keys, dialect: dialect).utf8)
        for record in records {
            appendLine(record, keys: keys, escapingForTerminal: escapingForTerminal, dialect: dialect, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The header line (with its CRLF) of a CSV written a record at a time.
    public static func header(_ keys: [String], dialect: Dialect = .rfc4180) -> String {
        var bytes = dialect == .excelNL ? Array("\u{FEFF}".utf8) : []
        appendLine(.object(keys.map { .init($0, .string($0)) }), keys: keys, escapingForTerminal: false, dialect: dialect, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One record's line (with its CRLF).
    public static func line(_ record: OutputValue, keys: [String], escapingForTerminal: Bool, dialect: Dialect = .rfc4180) -> String {
        var bytes: [UInt8] = []
        appendLine(record, keys: keys, escapingForTerminal: escapingForTerminal, dialect: dialect, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record's line (with its CRLF) to `out`: what `line` gives, without making a
    /// string of it (a whole history is exported a line at a time).
    public static func appendLine(_ record: OutputValue, keys: [String], escapingForTerminal: Bool, dialect: Dialect = .rfc4180,
                                  to out: inout [UInt8]) {
        guard case .object(let fields) = record else { return }
        let separator = dialect.separator
        // The shapes list their fields in the keys' order: found in step, searched otherwise.
        let inStep = fields.count == keys.count && zip(fields, keys).allSatisfy { $0.key == $1 }
        for (index, key) in keys.enumerated() {
            if index > 0 { out.append(separator) }
            let value = inStep ? fields[index].value : fields.first { $0.key == key }?.value
            let text: String
            switch value {
            case .string(let string)?: text = string
            case .null?, nil: continue
            case let other?: text = other.plainText
            }
            appendField(escapingForTerminal ? SafeText.escaped(text) : text, separator: separator, dialect: dialect, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    private static func appendField(_ field: String, separator: UInt8, dialect: Dialect, to out: inout [UInt8]) {
        // A cell that starts like a formula would run in a spreadsheet: make it text.
        let formula = dialect == .excelNL && field.utf8.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } == true
        let needsQuotes = field.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if needsQuotes { out.append(0x22) }
        if formula { out.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in field.utf8 {
                out.append(byte)
                if byte == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        } else {
            out.append(contentsOf: field.utf8)
        }
    }
}
