/// An error a team lead can act on: one line of what is wrong, and where useful, lines of
/// candidates or details beneath it.
public struct KartrekkerError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let details: [String]
    /// The field the error is about, where it is about one: a form marks that field.
    public let field: RecordField?

    public init(_ message: String, details: [String] = [], field: RecordField? = nil) {
        self.message = message
        self.details = details
        self.field = field
    }

    /// Two errors are the same when they say the same; the field is where a form shows it.
    public static func == (lhs: KartrekkerError, rhs: KartrekkerError) -> Bool {
        lhs.message == rhs.message && lhs.details == rhs.details
    }

    public var description: String {
        ([message] + details.map { "  " + $0 }).joined(separator: "\n")
    }
}
