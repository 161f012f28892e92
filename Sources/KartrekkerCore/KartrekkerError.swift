/// An error a team lead can act on: one line of what is wrong, and where useful, lines of
/// candidates or details beneath it.
public struct KartrekkerError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let details: [String]

    public init(_ message: String, details: [String] = []) {
        self.message = message
        self.details = details
    }

    public var description: String {
        ([message] + details.map { "  " + $0 }).joined(separator: "\n")
    }
}
