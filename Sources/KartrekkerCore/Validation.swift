import Foundation

/// The rules typed text must meet before it is recorded.
public enum Validation {
    public static let maxNameLength = 100
    public static let maxTextLength = 2000
    public static let maxTagLength = 50

    /// Trims `raw` and refuses it when empty, longer than `maxLength` code points (as the
    /// published schemas count: a "character" of two million combining marks is two million), or holding
    /// control or bidi characters. The error names `field`.
    public static func requiredText(_ raw: String, field: RecordField, maxLength: Int) throws -> String {
        let text = trimmed(raw)
        guard !text.isEmpty else { throw KartrekkerError("\(field.label) is empty; it is required", nl: "\(field.dutchLabel) is leeg; die is verplicht", field: field) }
        return try checked(text, field: field, maxLength: maxLength)
    }

    /// Like `requiredText`, but empty (or `nil`) means "not given" and returns `nil`.
    public static func optionalText(_ raw: String?, field: RecordField, maxLength: Int) throws -> String? {
        guard let raw else { return nil }
        let text = trimmed(raw)
        guard !text.isEmpty else { return nil }
        return try checked(text, field: field, maxLength: maxLength)
    }

    /// A name or a team: required text without invisible characters (a zero-width space would
    /// make two names look alike and differ), inner runs of spaces made one.
    public static func name(_ raw: String, field: RecordField) throws -> String {
        let text = try requiredText(raw, field: field, maxLength: maxNameLength)
        if let bad = text.unicodeScalars.first(where: { TextFolding.isInvisible($0) || $0.properties.generalCategory == .format }) {
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
            throw KartrekkerError("\(field.label) contains an invisible character (\(code)); remove it",
                                  nl: "\(field.dutchLabel) bevat een onzichtbaar teken (\(code)); haal het weg", field: field)
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A value tag as it is stored and compared: trimmed and lower-cased. The one place the
    /// rule lives: validation, the boards' value filter and both stores' lookups use it.
    public static func foldedValueTag(_ raw: String) -> String {
        trimmed(raw).lowercased()
    }

    /// Brand-value tags: trimmed, lower-cased, unique, in the order first given.
    public static func valueTags(_ raw: [String]) throws -> [String] {
        var tags: [String] = []
        for item in raw {
            let tag = foldedValueTag(item)
            guard !tag.isEmpty else { throw KartrekkerError("value is empty; give a tag such as betrokken",
                                                         nl: "waarde is leeg; geef een woord zoals betrokken", field: .values) }
            let checkedTag = try checked(tag, field: .values, maxLength: maxTagLength)
            // `;` joins a list in CSV: a tag holding one would not split back into itself.
            guard !checkedTag.contains(";") && !checkedTag.contains(",") else {
                throw KartrekkerError(
                    "value \"\(SafeText.escaped(checkedTag))\" contains \(checkedTag.contains(";") ? "a ;" : "a comma"), which separates values; give one tag per --value",
                    nl: "waarde \"\(SafeText.escaped(checkedTag))\" bevat \(checkedTag.contains(";") ? "een ;" : "een komma"), die waarden scheidt; geef één woord per waarde",
                    field: .values)
            }
            if !tags.contains(checkedTag) { tags.append(checkedTag) }
        }
        return tags
    }

    /// An e-mail address: one `@` with text on both sides and no spaces.
    public static func email(_ raw: String?) throws -> String? {
        guard let text = try optionalText(raw, field: .email, maxLength: maxNameLength) else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix("."), !text.contains(where: \.isWhitespace) else {
            throw KartrekkerError("email \"\(SafeText.escaped(text))\" is not an e-mail address (name@example.nl)",
                                  nl: "e-mail \"\(SafeText.escaped(text))\" is geen e-mailadres (naam@voorbeeld.nl)", field: .email)
        }
        return text
    }

    /// Refuses a date after `today` for something that happened.
    public static func pastOrToday(_ date: CalendarDate, today: CalendarDate, field: RecordField = .date) throws {
        guard date <= today else {
            throw KartrekkerError("\(field.label) \(date) is in the future (today is \(today)); record what has happened",
                                  nl: "\(field.dutchLabel) \(date) ligt in de toekomst (vandaag is \(today)); leg vast wat gebeurd is", field: field)
        }
    }

    /// Spaces, tabs and line breaks around text go (a paste often brings them); U+0085, a C1
    /// control that Foundation counts as a line break, stays so that it is refused.
    private static let trimmable = CharacterSet.whitespacesAndNewlines.subtracting(CharacterSet(charactersIn: "\u{85}"))

    private static func trimmed(_ raw: String) -> String {
        raw.trimmingCharacters(in: trimmable)
    }

    private static func checked(_ text: String, field: RecordField, maxLength: Int) throws -> String {
        if let bad = text.unicodeScalars.first(where: SafeText.isUnsafe) {
            let kind = SafeText.isBidiControl(bad) ? "a bidi control character" : "a control character"
            let dutchKind = SafeText.isBidiControl(bad) ? "een bidi-stuurteken" : "een stuurteken"
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
            throw KartrekkerError("\(field.label) contains \(kind) (\(code)); remove it",
                                  nl: "\(field.dutchLabel) bevat \(dutchKind) (\(code)); haal het weg", field: field)
        }
        if let problem = lengthProblem(text, maxLength: maxLength) {
            throw KartrekkerError("\(field.label) \(problem)", nl: "\(field.dutchLabel) \(dutchLengthProblem(text, maxLength: maxLength) ?? problem)",
                                  field: field)
        }
        return text
    }

    /// Why `text` is too long for a field of `maxLength` code points, or `nil`. Counted in code
    /// points (as JSON Schema's `maxLength`), not in what the eye sees as characters.
    public static func lengthProblem(_ text: String, maxLength: Int) -> String? {
        let count = text.unicodeScalars.count
        guard count > maxLength else { return nil }
        let seen = text.count
        return "is \(count) characters long\(seen != count ? " (counting each accent or mark on its own; \(seen) as shown)" : ""); at most \(maxLength) are allowed"
    }

    /// `lengthProblem` in Dutch.
    static func dutchLengthProblem(_ text: String, maxLength: Int) -> String? {
        let count = text.unicodeScalars.count
        guard count > maxLength else { return nil }
        let seen = text.count
        return "is \(count) tekens lang\(seen != count ? " (elk accent of teken apart geteld; \(seen) zoals getoond)" : ""); er mogen er hoogstens \(maxLength) zijn"
    }

    /// What the published schemas forbid in a stored text field of `maxLength` code points
    /// (control or bidi characters, or too long), for `check`; `nil` when it is allowed.
    public static func storedTextProblem(_ text: String, maxLength: Int) -> Phrase? {
        // `check` asks this of every text of every record: most are plainly fine, which one
        // pass over the bytes tells (no byte below a space or DEL, no lead byte of a C1
        // control (C2) or of a bidi control (E2), no more bytes than code points allowed).
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count <= maxLength else { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return false }
                if index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    // C1 controls (U+0080–U+009F), bidi controls (U+202A–U+202E, U+2066–U+2069).
                    if byte == 0xC2 && next < 0xA0 { return false }
                    if byte == 0xE2 && index + 2 < bytes.count {
                        let last = bytes[index + 2]
                        if next == 0x80 && (0xAA...0xAE).contains(last) || next == 0x81 && (0xA6...0xA9).contains(last) { return false }
                    }
                }
                index += 1
            }
            return true
        } ?? false
        if plain { return nil }
        if let bad = text.unicodeScalars.first(where: SafeText.isUnsafe) {
            let kind = SafeText.isBidiControl(bad) ? "a bidi control character" : "a control character"
            let dutchKind = SafeText.isBidiControl(bad) ? "een bidi-stuurteken" : "een stuurteken"
            let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return Phrase("contains \(kind) (\(code)), which the schema does not allow",
                          nl: "bevat \(dutchKind) (\(code)), wat het schema niet toestaat")
        }
        guard let english = lengthProblem(text, maxLength: maxLength), let dutch = dutchLengthProblem(text, maxLength: maxLength) else {
            return nil
        }
        return Phrase(english, nl: dutch)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
