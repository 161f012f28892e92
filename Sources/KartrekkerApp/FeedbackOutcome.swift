import KartrekkerCore

/// What an import of a survey's answers did (or, dry, would do): the residents' praise it
/// recorded, and every answer it left, with why.
public struct FeedbackOutcome: Sendable {
    /// An answer not recorded, and why, by its line.
    public struct Skipped: Sendable {
        public let line: Int
        public let reason: Phrase
    }

    public let added: [Contribution]
    public let skipped: [Skipped]
    /// What was recorded with a remark (a contact moment the organisation does not know).
    public let remarks: [Skipped]
    /// The score an answer needed to count as praise, on the file's scale.
    public let minimumScore: Double
    public let scale: Int
    public let ignoredColumns: [String]
    public let dryRun: Bool
}
