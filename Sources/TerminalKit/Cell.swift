/// One terminal column: a grapheme cluster, how many columns it takes, and its style role.
///
/// A wide character (CJK, emoji) takes two cells: the first holds it with width 2, the second
/// is a continuation with empty text and width 0.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var role: StyleRole

    public init(_ text: String = " ", width: Int = 1, role: StyleRole = .normal) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}
