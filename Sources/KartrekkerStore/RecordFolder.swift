import KartrekkerPort

/// Each kind of record has a folder of month files in the data directory, named as the
/// contract names a list of them.
extension DatedRecord {
    static var folder: String { recordKind.plural }
}
