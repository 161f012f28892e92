import CSV
import Foundation
import KartrekkerCore

/// A CSV file as spreadsheet programs and survey bureaus write it: comma or semicolon
/// (detected from the header), an optional UTF-8 byte-order mark (or Windows-1252 text, as
/// older Excel writes it), LF or CRLF, RFC 4180 quoting. Its header, and each row that is not
/// empty with the line it starts on; what cannot be read at all is an error naming the line.
struct SpreadsheetTable {
    let header: [String]
    let delimiter: Unicode.Scalar
    let rows: [(line: Int, fields: [String])]
    /// Rows that could not be taken (more fields than the header has), by line.
    let problems: [(line: Int, phrase: Phrase)]

    /// Reads `data` (the bytes of `file`, its name already escaped for messages); `empty` says
    /// what an empty file lacks.
    init(data: Data, file: String, empty: Phrase) throws {
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
        let scan = SpreadsheetTable.scanUTF8(data)
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
            throw KartrekkerError(empty.english, nl: empty.dutch)
        }
        if let line = SpreadsheetTable.unclosedQuote(in: text) {
            throw KartrekkerError("\(file):\(line): a quoted field starts here and is never closed (a \" is missing); nothing was imported",
                                  nl: "\(file):\(line): hier begint een veld tussen aanhalingstekens dat nooit sluit (er ontbreekt een \"); er is niets geïmporteerd")
        }
        let delimiter = SpreadsheetTable.delimiter(of: text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw KartrekkerError("\(file):1: \(error)", nl: "\(file):1: \(error)")
        }
        guard let header = reader.next() else { throw KartrekkerError("\(file):1: no header line",
                                                                      nl: "\(file):1: geen kopregel") }
        var line = 2 + SpreadsheetTable.breaks(in: header)
        var rows: [(line: Int, fields: [String])] = []
        var problems: [(line: Int, phrase: Phrase)] = []
        while let fields = reader.next() {
            defer { line += 1 + SpreadsheetTable.breaks(in: fields) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append((line, Phrase("line \(line): \(fields.count) fields, but the header has \(header.count)",
                                              nl: "regel \(line): \(fields.count) velden, maar de kopregel heeft er \(header.count)")))
                continue
            }
            rows.append((line, fields))
        }
        if let error = reader.error {
            problems.append((line, Phrase("line \(line): \(error)", nl: "regel \(line): \(error)")))
        }
        self.header = header
        self.delimiter = delimiter
        self.rows = rows
        self.problems = problems
    }

    /// Which column each title of the header names by `names` (its words lower-cased, or
    /// folded), and the titles not understood; a column named twice is an error. `file` is the
    /// escaped name, for the message.
    func columns<Column: RawRepresentable & Hashable>(_ names: [String: Column], file: String) throws
        -> (columns: [Int: Column], ignored: [String]) where Column.RawValue == String {
        var columns: [Int: Column] = [:]
        var ignored: [String] = []
        for (index, title) in header.enumerated() {
            let key = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = names[key] ?? names[key.folded] {
                guard !columns.values.contains(column) else {
                    throw KartrekkerError("\(file):1: the header names the \(column.rawValue) column twice",
                                          nl: "\(file):1: de kopregel noemt de kolom \(column.rawValue) twee keer")
                }
                columns[index] = column
            } else if !key.isEmpty {
                ignored.append(title.trimmingCharacters(in: .whitespaces))
            }
        }
        return (columns, ignored)
    }

    /// All or nothing: refuses the file when any row has a problem, naming every one by its line
    /// (`file` escaped).
    static func refuseBadRows(_ problems: [(line: Int, phrase: Phrase)], file: String) throws {
        let bad = problems.sorted { $0.line < $1.line }.map(\.phrase)
        guard !bad.isEmpty else { return }
        throw KartrekkerError("\(file) has \(bad.count) bad row\(bad.count == 1 ? "" : "s"); nothing was imported",
                              nl: "\(file) heeft \(bad.count) foute \(bad.count == 1 ? "regel" : "regels"); er is niets geïmporteerd",
                              details: bad.map(\.english), nlDetails: bad.map(\.dutch))
    }

    /// The header's titles as a line, for a message.
    var headerLine: String { header.map { SafeText.escaped($0) }.joined(separator: String(Character(delimiter))) }

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

    /// Semicolon when the header line has more semicolons than commas (outside quotes): what
    /// Dutch spreadsheet programs write.
    static func delimiter(of text: String) -> Unicode.Scalar {
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
    static func flattened(_ field: String) -> String {
        field.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    static func breaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
    }
}
