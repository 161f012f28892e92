/// What the data looked like at one moment, as the store tells it: compare two to know whether
/// anything changed in between. What it is made of is the store's (a database's change
/// counter, a directory's file signatures).
public struct ChangeStamp: Hashable, Sendable {
    private let parts: [String]

    public init(parts: [String]) {
        self.parts = parts
    }

    public init(token: String) {
        parts = [token]
    }
}
