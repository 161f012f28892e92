/// What a cell means, not how it looks: the backend turns roles into colours or, on a
/// monochrome terminal, into bold, reverse and underline.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, selected, header, title, muted, accent, good, warning, danger, key, input, border, bar

    /// One letter per role for style snapshots, each role its own.
    public var letter: Character {
        switch self {
        case .normal: "."
        case .selected: "S"
        case .header: "H"
        case .title: "T"
        case .muted: "M"
        case .accent: "A"
        case .good: "G"
        case .warning: "W"
        case .danger: "D"
        case .key: "K"
        case .input: "I"
        case .border: "B"
        case .bar: "#"
        }
    }
}
