/// How a record is kept: the contract's JSON shape less what is derived (`points`), which
/// every store writes and reads back the same.
public protocol StoredShape {
    /// The value as kept (in a data file, keys sorted when written).
    var storedValue: OutputValue { get }
}

extension Employee: StoredShape {
    /// The person's wishes are kept only where they chose: the files of everyone else stay as
    /// they were, and as older readers know them.
    public var storedValue: OutputValue {
        guard case .object(var fields) = OutputShape.employee(self) else { return OutputShape.employee(self) }
        if !onBoard { fields.append(.init("onBoard", .bool(false))) }
        if praise != .public { fields.append(.init("praise", .string(praise.rawValue))) }
        return .object(fields)
    }
}

extension Contribution: StoredShape {
    public var storedValue: OutputValue { OutputShape.contribution(self).removing("points") }
}

extension Recognition: StoredShape {
    public var storedValue: OutputValue { OutputShape.recognition(self) }
}
