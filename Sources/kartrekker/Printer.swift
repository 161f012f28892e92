import KartrekkerCore

/// Prints lists of records in the chosen format.
enum Printer {
    /// JSON array, CSV with `keys` as header, or the `table`.
    static func list(_ records: [OutputValue], keys: [String], format: OutputFormat, table: () -> String) -> String {
        switch format {
        case .json: return JSONWriter.string(.array(records))
        case .csv: return CSVTable.string(keys: keys, records: records, escapingForTerminal: true)
        case .table: return table()
        }
    }

    /// A name for tables: "Name" or "Name (archived)".
    static func name(_ employee: Employee?, fallback id: String) -> String {
        guard let employee else { return id }
        return employee.name + (employee.archived ? " (archived)" : "")
    }
}
