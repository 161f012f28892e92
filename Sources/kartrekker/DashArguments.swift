import KartrekkerCore

/// A word that starts with `-` where text is meant ("-Dash" as a name) must not be read as a
/// cluster of short flags: `-Dash` holds an `h` and would print the help and exit 0 without
/// adding anyone. Such a word is an error that says how to give it.
enum DashArguments {
    /// Flags that take no value; any other `--option` takes the next word as its value.
    static let flags: Set<String> = ["--force", "--yes", "--private", "--public", "--dry-run", "--archived",
                                     "--allow-duplicate", "--mouse", "--allow-crash", "--help", "--version"]

    /// The first word that would be taken for short flags, if any.
    static func stray(in arguments: [String]) -> String? {
        var previous = ""
        for argument in arguments {
            if argument == "--" { return nil }
            defer { previous = argument }
            // The value of an option (`--note -begint`) is text.
            if previous.hasPrefix("--"), !previous.contains("="), !flags.contains(previous) { continue }
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 2,
                  Double(argument) == nil else { continue }
            return argument
        }
        return nil
    }

    static func error(for word: String) -> KartrekkerError {
        KartrekkerError("\(SafeText.escaped(word)) is not an option; to give text that starts with -, put it after -- "
                        + "(kartrekker employee add --team T -- \(SafeText.escaped(word))) or after its option (--note \(SafeText.escaped(word)))",
                        nl: "\(SafeText.escaped(word)) is geen optie; geef tekst die met - begint na -- " + "(kartrekker employee add --team T -- \(SafeText.escaped(word))) of na zijn optie (--note \(SafeText.escaped(word)))")
    }
}
