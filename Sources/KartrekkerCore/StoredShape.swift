/// How a record is kept: the contract's JSON shape less what is derived (`points`), which
/// every store writes and reads back the same.
public protocol StoredShape {
    /// The value as kept (in a data file, keys sorted when written).
    var storedValue: OutputValue { get }
}

extension Employee: StoredShape {
    public var storedValue: OutputValue { OutputShape.employee(self) }
}

extension Contribution: StoredShape {
    public var storedValue: OutputValue { OutputShape.contribution(self).removing("points") }
}

extension Recognition: StoredShape {
    public var storedValue: OutputValue { OutputShape.recognition(self) }
}
