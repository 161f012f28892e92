/// Strict UTF-8 decoding of one character: no over-long forms, no surrogates, nothing above
/// U+10FFFF. Shared by the fast reader and the error locator so both judge bytes alike.
enum StrictUTF8 {
    enum Failure: Error {
        /// A byte that cannot start or continue a character.
        case invalidByte(UInt8)
        /// The bytes end inside a character.
        case truncated
        /// An over-long form, a surrogate or a value above U+10FFFF.
        case invalidValue
    }

    /// The non-ASCII character starting at `index`, and how many bytes it takes.
    static func scalar(in bytes: some RandomAccessCollection<UInt8>, at index: Int) -> Result<(Unicode.Scalar, Int), Failure> {
        let start = bytes.index(bytes.startIndex, offsetBy: index)
        let lead = bytes[start]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return .failure(.invalidByte(lead))
        }
        guard index + length <= bytes.count else { return .failure(.truncated) }
        for offset in 1..<length {
            let byte = bytes[bytes.index(start, offsetBy: offset)]
            guard byte & 0xC0 == 0x80 else { return .failure(.invalidByte(lead)) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return .failure(.invalidValue) }
        return .success((scalar, length))
    }
}
