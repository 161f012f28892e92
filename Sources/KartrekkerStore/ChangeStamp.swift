/// What the data files looked like on disk at one moment: compare two to know whether anything
/// changed in between.
public struct ChangeStamp: Hashable, Sendable {
    let files: [String]
}
