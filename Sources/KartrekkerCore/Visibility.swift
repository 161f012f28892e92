/// Whether a recognition may be shown to others.
public enum Visibility: String, CaseIterable, Codable, Sendable {
    case `public`, `private`
}
