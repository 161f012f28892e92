/// The terminal cannot be used: no tty, a dumb terminal, ncurses refused.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
