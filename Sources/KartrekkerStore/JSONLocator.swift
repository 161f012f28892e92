import Foundation

/// Finds where a JSON text goes wrong, as a line and column.
///
/// Foundation's `JSONDecoder` on Linux gives no position, so when a data file fails to load
/// this strict RFC 8259 parser runs over it: it reports the first syntax error with its
/// position, or, for a file that parses but does not fit, the position of the value a
/// decoding error's coding path points at.
struct JSONLocator {
    struct Position: Hashable, CustomStringConvertible {
        let line: Int
        let column: Int
        var description: String { "\(line):\(column)" }
    }

    struct SyntaxError: Error {
        let position: Position
        let message: String
        /// The message in Dutch.
        let dutch: String
    }

    private indirect enum Node {
        case object([(String, Node)], Position)
        case array([Node], Position)
        case scalar(Position)

        var position: Position {
            switch self {
            case .object(_, let p), .array(_, let p), .scalar(let p): p
            }
        }
    }

    static let maxDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    private init(_ data: Data) {
        bytes = [UInt8](data)
    }

    /// The first syntax error in `data`, or `nil` when it is valid JSON.
    static func syntaxError(in data: Data) -> SyntaxError? {
        var parser = JSONLocator(data)
        do {
            _ = try parser.document()
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }

    /// Where the value at `path` starts (or, when it is missing, the object that should hold it).
    static func position(of path: [any CodingKey], in data: Data) -> Position? {
        var parser = JSONLocator(data)
        guard var node = try? parser.document() else { return nil }
        for key in path {
            switch node {
            case .object(let members, _):
                guard let member = members.last(where: { $0.0 == key.stringValue }) else { return node.position }
                node = member.1
            case .array(let items, _):
                guard let offset = key.intValue, offset < items.count else { return node.position }
                node = items[offset]
            case .scalar:
                return node.position
            }
        }
        return node.position
    }

    private var position: Position {
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        var column = 1
        var cursor = lineStart
        while cursor < index && cursor < bytes.count {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return Position(line: line, column: column)
    }

    private func fail(_ message: String, nl dutch: String) -> SyntaxError {
        SyntaxError(position: position, message: message, dutch: dutch)
    }

    private mutating func document() throws -> Node {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw fail("byte-order mark before the JSON text", nl: "byte-order mark vóór de JSON-tekst") }
        skipWhitespace()
        guard index < bytes.count else { throw fail(bytes.isEmpty ? "the file is empty" : "no JSON value, only white space", nl: bytes.isEmpty ? "het bestand is leeg" : "geen JSON-waarde, alleen witruimte") }
        let node = try value(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected \(describe(bytes[index])) after the JSON value", nl: "onverwacht \(describe(bytes[index])) na de JSON-waarde") }
        return node
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws -> Node {
        guard depth < JSONLocator.maxDepth else { throw fail("nested more than \(JSONLocator.maxDepth) levels deep", nl: "meer dan \(JSONLocator.maxDepth) niveaus diep genest") }
        guard index < bytes.count else { throw fail("the file ends where a value was expected", nl: "het bestand eindigt waar een waarde werd verwacht") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth, start: start)
        case UInt8(ascii: "["): return try array(depth: depth, start: start)
        case UInt8(ascii: "\""):
            _ = try string()
            return .scalar(start)
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected \(describe(bytes[index])) where a value was expected", nl: "onverwacht \(describe(bytes[index])) waar een waarde werd verwacht")
        }
        return .scalar(start)
    }

    private mutating func object(depth: Int, start: Position) throws -> Node {
        index += 1
        var members: [(String, Node)] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members, start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object", nl: "het bestand eindigt midden in een object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a quoted key, found \(describe(bytes[index]))", nl: "een sleutel tussen aanhalingstekens verwacht, \(describe(bytes[index])) gevonden")
            }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail(index < bytes.count ? "expected ':' after a key, found \(describe(bytes[index]))" : "the file ends inside an object", nl: index < bytes.count ? "':' verwacht na een sleutel, \(describe(bytes[index])) gevonden" : "het bestand eindigt midden in een object")
            }
            index += 1
            skipWhitespace()
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object", nl: "het bestand eindigt midden in een object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else {
                throw fail("expected ',' or '}' in an object, found \(describe(bytes[index]))", nl: "',' of '}' verwacht in een object, \(describe(bytes[index])) gevonden")
            }
            index += 1
            return .object(members, start)
        }
    }

    private mutating func array(depth: Int, start: Position) throws -> Node {
        index += 1
        var items: [Node] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items, start)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an array", nl: "het bestand eindigt midden in een lijst") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else {
                throw fail("expected ',' or ']' in an array, found \(describe(bytes[index]))", nl: "',' of ']' verwacht in een lijst, \(describe(bytes[index])) gevonden")
            }
            index += 1
            return .array(items, start)
        }
    }

    private mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else {
                throw fail(index < bytes.count ? "unexpected \(describe(bytes[index])) in '\(word)'" : "the file ends inside '\(word)'", nl: index < bytes.count ? "onverwacht \(describe(bytes[index])) in '\(word)'" : "het bestand eindigt midden in '\(word)'")
            }
            index += 1
        }
    }

    private mutating func number() throws {
        func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            throw fail("a number needs a digit here", nl: "een getal heeft hier een cijfer nodig")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                throw fail("a number may not start with 0", nl: "een getal mag niet met 0 beginnen")
            }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("a digit must follow the decimal point", nl: "na de decimale punt moet een cijfer komen") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("a digit must follow the exponent", nl: "na de exponent moet een cijfer komen") }
        }
    }

    private mutating func string() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        while true {
            guard index < bytes.count else { throw fail("the file ends inside a string", nl: "het bestand eindigt midden in een tekst") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw fail("the file ends inside a string", nl: "het bestand eindigt midden in een tekst") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    let unit = try hex4()
                    if (0xD800...0xDBFF).contains(unit) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw fail("a lone surrogate \\u\(String(unit, radix: 16)) in a string", nl: "een losse surrogaat \\u\(String(unit, radix: 16)) in een tekst")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("an invalid surrogate pair in a string", nl: "een ongeldig surrogaatpaar in een tekst") }
                        scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!)
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        throw fail("a lone surrogate \\u\(String(unit, radix: 16)) in a string", nl: "een losse surrogaat \\u\(String(unit, radix: 16)) in een tekst")
                    } else {
                        scalars.append(Unicode.Scalar(unit)!)
                    }
                default:
                    index -= 1
                    throw fail("an invalid escape \\\(describe(escape)) in a string", nl: "een ongeldige escape \\\(describe(escape)) in een tekst")
                }
            case 0x00..<0x20:
                throw fail("a raw control character (U+\(String(format: "%04X", byte))) in a string; it must be escaped", nl: "een los stuurteken (U+\(String(format: "%04X", byte))) in een tekst; het moet ge-escaped zijn")
            case 0x00..<0x80:
                scalars.append(Unicode.Scalar(byte))
                index += 1
            default:
                scalars.append(try utf8Scalar())
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw fail("\\u must be followed by four hex digits", nl: "na \\u moeten vier hexadecimale cijfers komen")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func utf8Scalar() throws -> Unicode.Scalar {
        switch StrictUTF8.scalar(in: bytes, at: index) {
        case .success(let (scalar, length)):
            index += length
            return scalar
        case .failure(.invalidByte(let byte)):
            throw fail("invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))", nl: "ongeldige UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))")
        case .failure(.truncated):
            throw fail("invalid UTF-8: the file ends inside a character", nl: "ongeldige UTF-8: het bestand eindigt midden in een teken")
        case .failure(.invalidValue):
            throw fail("invalid UTF-8 (an over-long or surrogate sequence)", nl: "ongeldige UTF-8 (een te lange of surrogaatreeks)")
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(format: "%02X", byte)
    }
}
