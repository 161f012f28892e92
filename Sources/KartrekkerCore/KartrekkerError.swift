import KartrekkerText

/// An error a team lead can act on: one line of what is wrong, and where useful, lines of
/// candidates or details beneath it — in English and in Dutch, side by side where it is made,
/// so that whoever shows it says it in the person's language.
public struct KartrekkerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The English first line (what `description` and the tests compare).
    public let message: String
    public let details: [String]
    /// The Dutch first line and detail lines; `nil` where the error says nothing in words
    /// (a name, a path) that Dutch would say otherwise.
    public let dutchMessage: String?
    public let dutchDetails: [String]?
    /// The field the error is about, where it is about one: a form marks that field.
    public let field: RecordField?

    /// `nl`: the Dutch of `message`; `nlDetails`: of `details`, where they hold words (lines
    /// of names or paths are the same in both).
    public init(_ message: String, nl: String? = nil, details: [String] = [], nlDetails: [String]? = nil,
                field: RecordField? = nil) {
        self.message = message
        self.details = details
        self.dutchMessage = nl
        self.dutchDetails = nlDetails
        self.field = field
    }

    /// Two errors are the same when they say the same; the field is where a form shows it.
    public static func == (lhs: KartrekkerError, rhs: KartrekkerError) -> Bool {
        lhs.message == rhs.message && lhs.details == rhs.details
    }

    public var description: String { text(in: .english) }

    /// The first line in `language`.
    public func message(in language: Language) -> String {
        language == .dutch ? dutchMessage ?? message : message
    }

    /// The detail lines in `language`.
    public func details(in language: Language) -> [String] {
        language == .dutch ? dutchDetails ?? details : details
    }

    /// The whole error in `language`: its first line, and its details indented beneath.
    public func text(in language: Language) -> String {
        ([message(in: language)] + details(in: language).map { "  " + $0 }).joined(separator: "\n")
    }
}
