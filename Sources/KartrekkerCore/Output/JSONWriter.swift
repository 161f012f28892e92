/// Writes `OutputValue`s as pretty-printed JSON (two-space indent, keys in record order, or
/// sorted for data files so that they diff cleanly).
///
/// Control and bidi characters are written as `\uXXXX` escapes, so JSON printed to a terminal
/// is as safe as a table.
public enum JSONWriter {
    public static func string(_ value: OutputValue, sortedKeys: Bool = false) -> String {
        var out = ""
        write(sortedKeys ? sorted(value) : value, indent: 0, into: &out)
        return out
    }

    private static func sorted(_ value: OutputValue) -> OutputValue {
        switch value {
        case .array(let items): .array(items.map(sorted))
        case .object(let fields): .object(fields.sorted { $0.key < $1.key }.map { .init($0.key, sorted($0.value)) })
        default: value
        }
    }

    private static func write(_ value: OutputValue, indent: Int, into out: inout String) {
        switch value {
        case .string(let text): writeString(text, into: &out)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (offset, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(item, indent: indent + 1, into: &out)
                out += offset == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (offset, field) in fields.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                writeString(field.key, into: &out)
                out += ": "
                write(field.value, indent: indent + 1, into: &out)
                out += offset == fields.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if SafeText.isUnsafe(scalar) {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
