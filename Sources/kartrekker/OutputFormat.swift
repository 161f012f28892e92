import ArgumentParser

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// How `employee show` prints: no CSV for a single record with a story.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
