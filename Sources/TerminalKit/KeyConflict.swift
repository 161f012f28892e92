/// A key bound in two active tables (or twice in one) without one of them saying it takes
/// the key on purpose.
public struct KeyConflict: Hashable, Sendable, CustomStringConvertible {
    public let key: Key
    public let sections: [String]

    public var description: String {
        "\(key) is bound in " + sections.joined(separator: " and ")
    }
}
