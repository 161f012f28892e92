import KartrekkerCore

/// Another employee already has the name: the command line suggests `--allow-duplicate`, the
/// terminal UI asks before going on.
public struct DuplicateNameError: Error, Sendable {
    public let existing: Employee
}
