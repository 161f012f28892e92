/// One option of a choice or picker: the value the program works with (an employee id, a
/// category key) and the label a person reads.
public struct Choice: Hashable, Sendable {
    public let value: String
    public let label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }

    /// An option whose label is its value.
    public init(_ value: String) {
        self.init(value: value, label: value)
    }
}
