import KartrekkerCore

/// One smile or step beyond with its story, on the Stories view: the contribution (its story,
/// contact moment and note) and whose it is.
public struct StoryRow: Sendable, Hashable, Identifiable {
    public let contribution: Contribution
    public let employee: Employee?

    public var id: String { contribution.id }
    /// The story (a row is made only for a contribution that tells one).
    public var story: SmileStory { contribution.story ?? SmileStory() }
}
