/// A value as the command line prints it: JSON-like, with object keys kept in the order the
/// contract lists them, so JSON, CSV and tables all come from one description of a record.
public indirect enum OutputValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([OutputValue])
    case object([Field])

    public struct Field: Hashable, Sendable {
        public let key: String
        public let value: OutputValue

        public init(_ key: String, _ value: OutputValue) {
            self.key = key
            self.value = value
        }
    }

    /// `.string` of `text`, or `.null` when it is `nil`.
    public static func optional(_ text: String?) -> OutputValue {
        text.map(OutputValue.string) ?? .null
    }

    /// `.int` of `number`, or `.null` when it is `nil`.
    public static func optional(_ number: Int?) -> OutputValue {
        number.map(OutputValue.int) ?? .null
    }

    /// The value of `key` in an object.
    public subscript(key: String) -> OutputValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// This object without the field `key`.
    public func removing(_ key: String) -> OutputValue {
        guard case .object(let fields) = self else { return self }
        return .object(fields.filter { $0.key != key })
    }

    /// The text a CSV cell or a table cell shows: lists joined with `;`, null as empty.
    public var plainText: String {
        switch self {
        case .string(let text): text
        case .int(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        case .array(let items): items.map(\.plainText).joined(separator: ";")
        case .object(let fields): fields.map { "\($0.key)=\($0.value.plainText)" }.joined(separator: ";")
        }
    }
}
