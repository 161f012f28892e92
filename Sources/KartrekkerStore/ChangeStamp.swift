/// What the data files looked like on disk at one moment: compare two to know whether anything
/// changed in between.
public struct ChangeStamp: Hashable, Sendable {
    let files: [String]

    init(files: [String]) {
        self.files = files
    }

    /// A stamp from a store that is not a directory (a database's change counter).
    public init(token: String) {
        files = [token]
    }
}
