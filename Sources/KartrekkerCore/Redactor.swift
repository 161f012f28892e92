/// Removes one person from free text: their id, their e-mail address (in any case), and their
/// name as whole words, matched the way names are (case, accents and invisible characters
/// aside). "Jan Bos" goes from "met Jan Bos gesproken" and "JAN BÖS", but "Jan Bosman" stays
/// Jan Bosman.
public struct Redactor: Sendable {
    public static let replacement = "[erased]"

    private let id: String
    private let email: String?
    private let words: [String]

    public init(name: String, id: String, email: String? = nil) {
        self.id = id
        self.email = email.flatMap { $0.isEmpty ? nil : $0 }
        words = Redactor.tokens(in: name).map { String($0).folded }.filter { !$0.isEmpty }
    }

    /// `text` without the person, and whether anything was taken out.
    public func redact(_ text: String) -> (text: String, changed: Bool) {
        var result = text
        var changed = false
        if !id.isEmpty, result.contains(id) {
            result = result.replacingOccurrences(of: id, with: Redactor.replacement)
            changed = true
        }
        if let email, result.range(of: email, options: .caseInsensitive) != nil {
            result = result.replacingOccurrences(of: email, with: Redactor.replacement, options: .caseInsensitive)
            changed = true
        }
        // Cheap first: the folded text must hold the folded name at all.
        guard !words.isEmpty, result.folded.contains(words.joined(separator: " ")) else { return (result, changed) }
        let tokens = Redactor.tokens(in: result)
        let folded = tokens.map { String($0).folded }
        var ranges: [Range<String.Index>] = []
        var index = 0
        while index + words.count <= tokens.count {
            if Array(folded[index..<index + words.count]) == words, Redactor.onlySpacesBetween(tokens[index..<index + words.count], in: result) {
                ranges.append(tokens[index].startIndex..<tokens[index + words.count - 1].endIndex)
                index += words.count
            } else {
                index += 1
            }
        }
        for range in ranges.reversed() { result.replaceSubrange(range, with: Redactor.replacement) }
        return (result, changed || !ranges.isEmpty)
    }

    /// Whether `id` is the person's id.
    public func isThePerson(_ id: String) -> Bool { !self.id.isEmpty && id == self.id }

    /// Whether `text` mentions the person.
    public func mentions(_ text: String) -> Bool {
        redact(text).changed
    }

    /// The words of `text`: runs of letters, digits, marks, apostrophes and hyphens.
    static func tokens(in text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber || character == "'" || character == "-"
                || character.unicodeScalars.allSatisfy { TextFolding.isInvisible($0) || $0.properties.generalCategory == .nonspacingMark }
            if isWord {
                if start == nil { start = index }
            } else if let first = start {
                result.append(text[first..<index])
                start = nil
            }
        }
        if let first = start { result.append(text[first...]) }
        return result
    }

    /// Whether only spaces stand between the words (a name across a comma is not the name).
    private static func onlySpacesBetween(_ words: ArraySlice<Substring>, in text: String) -> Bool {
        zip(words, words.dropFirst()).allSatisfy { previous, next in
            text[previous.endIndex..<next.startIndex].allSatisfy { $0 == " " || $0 == "\u{A0}" }
        }
    }
}
