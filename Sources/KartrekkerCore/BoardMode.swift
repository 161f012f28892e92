/// What the boards of people show, as the organisation (and its works council) agreed:
/// ranks and points, ranks alone, or no board of people at all — teams only, and each
/// person's own page.
public enum BoardMode: String, CaseIterable, Sendable {
    case points
    case ranks
    case teams

    /// In words, for `config` and the privacy statement.
    public var words: String {
        switch self {
        case .points: "people ranked, with their points"
        case .ranks: "people ranked, without points"
        case .teams: "teams only: no board of people (each person sees their own page)"
        }
    }
}
