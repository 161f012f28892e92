import KartrekkerCore

/// How records are written to data files: the contract's JSON shapes, less what is derived
/// (`points`), with keys sorted.
public protocol StoredShape {
    /// The value as written to a data file.
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

extension EmployeesFile: StoredShape {
    var storedValue: OutputValue {
        .object([.init("schemaVersion", .int(schemaVersion)), .init("employees", .array(employees.map(\.storedValue)))])
    }
}

extension MonthFile: StoredShape where Record: StoredShape {
    var storedValue: OutputValue {
        .object([.init("schemaVersion", .int(schemaVersion)), .init("month", .string(month)),
                 .init(Record.folder, .array(records.map(\.storedValue)))])
    }
}
