/// Writes `OutputValue`s as pretty-printed JSON (two-space indent, keys in record order, or
/// sorted for data files so that they diff cleanly).
///
/// Control and bidi characters are written as `\uXXXX` escapes, so JSON printed to a terminal
/// is as safe as a table. Writes bytes directly: it runs over a corporation's whole history
/// when the demo is written.
public enum JSONWriter {
    public static func string(_ value: OutputValue, sortedKeys: Bool = false) -> String {
        String(decoding: bytes(value, sortedKeys: sortedKeys), as: UTF8.self)
    }

    /// The UTF-8 bytes of the JSON text.
    public static func bytes(_ value: OutputValue, sortedKeys: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, indent: 0, sortedKeys: sortedKeys, into: &out)
        return out
    }

    /// The bytes of `value` as an element of an array at `indent` (for writing a long list one
    /// record at a time).
    public static func element(_ value: OutputValue, indent: Int, sortedKeys: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(value, indent: indent, sortedKeys: sortedKeys, into: &out)
        return out
    }

    /// Appends `value` to `out` as an element of an array at `indent`.
    public static func appendElement(_ value: OutputValue, indent: Int, to out: inout [UInt8]) {
        write(value, indent: indent, sortedKeys: false, into: &out)
    }

    private static func newline(_ indent: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20); out.append(0x20) }
    }

    private static func write(_ value: OutputValue, indent: Int, sortedKeys: Bool, into out: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, into: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, into: &out)
                write(item, indent: indent + 1, sortedKeys: sortedKeys, into: &out)
            }
            newline(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let unordered):
            guard !unordered.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            let fields = sortedKeys ? unordered.sorted { $0.key < $1.key } : unordered
            out.append(UInt8(ascii: "{"))
            for (offset, field) in fields.enumerated() {
                if offset > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1, into: &out)
                writeString(field.key, into: &out)
                out.append(UInt8(ascii: ":"))
                out.append(0x20)
                write(field.value, indent: indent + 1, sortedKeys: sortedKeys, into: &out)
            }
            newline(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Whether `bytes` need no escape (a native string's are scanned in place).
    private static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xC2 && $0 != 0xE2 }
    }

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy its bytes. C1 controls start with 0xC2 and the bidi
        // controls with 0xE2, so those lead bytes (and a few harmless others) take the slow path.
        // A native string's bytes are scanned and copied where they lie.
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard JSONWriter.isPlain(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        } ?? false
        if copied {
            out.append(UInt8(ascii: "\""))
            return
        }
        if JSONWriter.isPlain(text.utf8) {
            out.append(contentsOf: text.utf8)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append(contentsOf: "\\\"".utf8)
                case "\\": out.append(contentsOf: "\\\\".utf8)
                case "\n": out.append(contentsOf: "\\n".utf8)
                case "\r": out.append(contentsOf: "\\r".utf8)
                case "\t": out.append(contentsOf: "\\t".utf8)
                default:
                    if SafeText.isUnsafe(scalar) {
                        out.append(contentsOf: ("\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)).utf8)
                    } else {
                        out.append(contentsOf: String(scalar).utf8)
                    }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
