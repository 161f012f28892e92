import Foundation

/// A strict reader of JSON bytes for the happy path of loading data files: it reads exactly
/// the shapes the store writes and gives up (`nil`) on anything else, and the caller then
/// decodes with `JSONDecoder`, whose result and errors are the reference. Loading five years
/// of history is dominated by decoding, and this is several times faster than `Codable`.
struct FastJSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The offset of the next byte to read.
    var position: Int { index }

    var atEnd: Bool {
        mutating get {
            skipWhitespace()
            return index == bytes.count
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Consumes `byte` (after white space) if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Whether the next value is `null` (consumed if so).
    mutating func consumeNull() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    mutating func bool() -> Bool? {
        skipWhitespace()
        if index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "t"), bytes[index + 1] == UInt8(ascii: "r"),
           bytes[index + 2] == UInt8(ascii: "u"), bytes[index + 3] == UInt8(ascii: "e") {
            index += 4
            return true
        }
        if index + 5 <= bytes.count, bytes[index] == UInt8(ascii: "f"), bytes[index + 1] == UInt8(ascii: "a"),
           bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "s"), bytes[index + 4] == UInt8(ascii: "e") {
            index += 5
            return false
        }
        return nil
    }

    /// A non-negative integer without sign, fraction or exponent (all the store writes).
    mutating func int() -> Int? {
        skipWhitespace()
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        guard digits > 0, digits < 16, !(digits > 1 && bytes[index - digits] == 0x30) else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
        return value
    }

    /// A string without escapes other than the simple ones; valid UTF-8 only.
    mutating func string() -> String? {
        guard let (slice, escaped) = rawString() else { return nil }
        guard !escaped else { return FastJSONReader.unescape(slice) }
        return FastJSONReader.validUTF8(slice) ? String(decoding: slice, as: UTF8.self) : nil
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is a quote, a backslash or a control character (or not
    /// ASCII: then the bytes are looked at one by one).
    @inline(__always)
    private static func mayEnd(_ word: UInt64) -> Bool {
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs
        return hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) || control != 0 || word & highs != 0
    }

    /// The bytes between the quotes of the next string, and whether it holds escapes.
    private mutating func rawString() -> (UnsafeBufferPointer<UInt8>, Bool)? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        var escaped = false
        // Eight bytes at a time while none of them can end the string or needs a look (most
        // text is ASCII without escapes).
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count,
                  !FastJSONReader.mayEnd(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))) {
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
            }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        return (slice, escaped)
    }

    /// The next object key, as bytes (no String is made): keys are compared with `is`.
    mutating func key() -> UnsafeBufferPointer<UInt8>? {
        guard let (slice, escaped) = rawString(), !escaped else { return nil }
        return slice
    }

    /// Whether `key` is `literal`.
    static func `is`(_ key: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard key.count == literal.utf8CodeUnitCount else { return false }
        guard let base = key.baseAddress else { return key.isEmpty }
        return memcmp(base, literal.utf8Start, key.count) == 0
    }

    /// Whether `bytes` are strict UTF-8 (ASCII is checked in bulk, the rest by `StrictUTF8`).
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            guard case .success(let (_, length)) = StrictUTF8.scalar(in: bytes, at: i) else { return false }
            i += length
        }
        return true
    }

    private static func unescape(_ slice: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let byte = slice[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < slice.count else { return nil }
            switch slice[i + 1] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard i + 5 < slice.count, let value = UInt32(String(decoding: slice[(i + 2)...(i + 5)], as: UTF8.self), radix: 16),
                      !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
                i += 6
                continue
            default:
                return nil
            }
            i += 2
        }
        return out.withUnsafeBufferPointer { validUTF8($0) } ? String(decoding: out, as: UTF8.self) : nil
    }

    /// A string or `null`.
    mutating func optionalString() -> String?? {
        if consumeNull() { return .some(nil) }
        guard let text = string() else { return nil }
        return .some(text)
    }

    mutating func stringArray() -> [String]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var items: [String] = []
        if consume(UInt8(ascii: "]")) { return items }
        repeat {
            guard let item = string() else { return nil }
            items.append(item)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? items : nil
    }

    /// Reads an object, calling `field` with each key; `field` reads the value and returns
    /// false to give up (an unknown or repeated key, a value of the wrong kind).
    mutating func object(_ field: (inout FastJSONReader, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = key(), consume(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}"))
    }

    /// Reads an array, calling `item` for each element.
    mutating func array(_ item: (inout FastJSONReader) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "[")) else { return false }
        if consume(UInt8(ascii: "]")) { return true }
        repeat {
            guard item(&self) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]"))
    }

    /// Skips the next value of any kind, nested ones included, without recursion (a hostile
    /// file may nest thousands deep). `false` at anything that is not JSON.
    mutating func skipValue() -> Bool {
        var containers: [Bool] = []  // true: an object
        while true {
            skipWhitespace()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                index += 1
                let isObject = byte == UInt8(ascii: "{")
                if !consume(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    guard containers.count < 10_000 else { return false }
                    containers.append(isObject)
                    if isObject {
                        guard rawString() != nil, consume(UInt8(ascii: ":")) else { return false }
                    }
                    continue
                }
            } else if byte == UInt8(ascii: "\"") {
                guard rawString() != nil else { return false }
            } else if byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") {
                guard bool() != nil else { return false }
            } else if byte == UInt8(ascii: "n") {
                guard consumeNull() else { return false }
            } else {
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) || bytes[index] == UInt8(ascii: "-")
                        || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: ".")
                        || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                    index += 1
                }
                guard index > start else { return false }
            }
            // A whole value was read: close what it ends, or go on to the next element.
            while true {
                guard let isObject = containers.last else { return true }
                if consume(UInt8(ascii: ",")) {
                    if isObject {
                        guard rawString() != nil, consume(UInt8(ascii: ":")) else { return false }
                    }
                    break
                }
                guard consume(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return false }
                containers.removeLast()
            }
        }
    }
}
