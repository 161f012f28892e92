import Foundation

/// A UTC instant written as ISO-8601 with milliseconds, `2026-11-29T20:15:03.123Z`.
///
/// Hand-made rather than `ISO8601DateFormatter` because it runs for every record of a
/// five-year history on load, and formatters are neither cheap nor `Sendable`.
public struct Instant: Hashable, Sendable, Codable, CustomStringConvertible {
    public let date: Date

    public init(_ date: Date) {
        // Whole milliseconds, so that what is written reads back equal.
        self.date = Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes.last == UInt8(ascii: "Z"),
              let day = CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hour = digits(11..<13), hour < 24, let minute = digits(14..<16), minute < 60,
              let second = digits(17..<19), second < 61 else { return nil }
        var fraction = 0.0
        if bytes.count > 20 {
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21, bytes.count - 21 <= 9,
                  let value = digits(20..<(bytes.count - 1)) else { return nil }
            fraction = Double(value) / pow(10, Double(bytes.count - 21))
        } else if bytes.count != 20 {
            return nil
        }
        let seconds = Double(day.dayNumber * 86_400 + hour * 3600 + minute * 60 + second) + fraction
        self.init(Date(timeIntervalSince1970: seconds))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let instant = Instant(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a UTC instant as YYYY-MM-DDTHH:MM:SS.sssZ, found \"\(text)\"")
        }
        self = instant
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        var days = totalMilliseconds / 86_400_000
        var rest = totalMilliseconds % 86_400_000
        if rest < 0 {
            rest += 86_400_000
            days -= 1
        }
        let day = CalendarDate(dayNumber: days)
        let hour = rest / 3_600_000
        let minute = rest / 60_000 % 60
        let second = rest / 1000 % 60
        let millisecond = rest % 1000
        guard (0...9999).contains(day.year) else {
            func pad(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            return "\(day)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
        }
        // Digit by digit: every record listed or exported has one.
        // (No list of the parts: that would be an allocation for every instant written.)
        return String(unsafeUninitializedCapacity: 24) { buffer in
            func put(_ value: Int, _ count: Int, at offset: Int, then separator: Unicode.Scalar) {
                CalendarDate.writeDigits(value, count: count, to: buffer, at: offset)
                buffer[offset + count] = UInt8(ascii: separator)
            }
            put(day.year, 4, at: 0, then: "-")
            put(day.month, 2, at: 5, then: "-")
            put(day.day, 2, at: 8, then: "T")
            put(hour, 2, at: 11, then: ":")
            put(minute, 2, at: 14, then: ":")
            put(second, 2, at: 17, then: ".")
            put(millisecond, 3, at: 20, then: "Z")
            return 24
        }
    }
}
