/// The version of the data files this program reads and writes.
public enum SchemaVersion {
    /// `employees.json` and `settings.json`.
    public static let current = 1
    /// The month files of records. Version 2 added a contribution's contact moment, story and
    /// decline reason and a recognition's amount; a month file holding none of them is still
    /// written as version 1, so that older kartrekkers read it, and a version 1 file is read
    /// as it is (nothing is rewritten to raise its number).
    public static let records = 2

    /// The newest version this kartrekker knows for the data file at `path` (relative).
    public static func newest(forFile path: String) -> Int {
        path.hasPrefix("contributions/") || path.hasPrefix("recognitions/") ? records : current
    }
}
