import KartrekkerCore

/// A deleted contribution, and the recognitions that were for it (they stay, unlinked).
public struct ContributionDeletion: Sendable {
    public let contribution: Contribution
    public let unlinkedRecognitionIDs: [String]
}
