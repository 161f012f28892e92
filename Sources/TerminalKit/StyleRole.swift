/// What a cell means, not how it looks: the backend turns roles into colours or, on a
/// monochrome terminal, into bold, reverse and underline.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, selected, header, title, muted, accent, good, warning, danger, key, input, border, bar
}
