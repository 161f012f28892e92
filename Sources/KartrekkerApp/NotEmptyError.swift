import Foundation

/// The data directory holds data, and the operation would replace it: the command line asks
/// for `--force`, the terminal UI for a yes.
public struct NotEmptyError: Error, Sendable {
    public let directory: URL
}
