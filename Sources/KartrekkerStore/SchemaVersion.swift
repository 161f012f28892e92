/// The version of the data files this program reads and writes.
public enum SchemaVersion {
    public static let current = 1
}
