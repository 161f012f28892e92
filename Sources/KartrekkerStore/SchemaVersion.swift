/// The version of the data files this program reads and writes.
public enum SchemaVersion {
    public static let current = 1
}

/// A data file written by a newer kartrekker than this one.
struct NewerSchemaError: Error {
    let found: Int
}
