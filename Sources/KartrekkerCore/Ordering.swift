/// The order lists are shown and exported in: newest first (by date, then when recorded,
/// then id), so the same data always lists the same way.
public enum Ordering {
    public static func newestFirst(_ contributions: [Contribution]) -> [Contribution] {
        contributions.sorted { ($0.date, $0.recordedAt, $0.id) > ($1.date, $1.recordedAt, $1.id) }
    }

    public static func newestFirst(_ recognitions: [Recognition]) -> [Recognition] {
        recognitions.sorted { ($0.date, $0.recordedAt, $0.id) > ($1.date, $1.recordedAt, $1.id) }
    }
}
