import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore

/// Options every command takes; they may also come before the subcommand
/// (`kartrekker --data-dir DIR leaderboard`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "The data directory (default: $KARTREKKER_DATA_DIR, else $XDG_DATA_HOME/kartrekker, else ~/.local/share/kartrekker).",
        valueName: "dir"))
    var dataDir: String?

    /// A session on the data directory, with today and who records from the environment.
    func session() throws -> Session {
        // An empty --data-dir (an unset variable in a script) must not mean the default directory.
        if let dataDir, dataDir.trimmingCharacters(in: .whitespaces).isEmpty {
            throw KartrekkerError("--data-dir is empty; give the data directory (or leave the option out for the default)")
        }
        return try Session(dataDir: dataDir, environment: ProcessInfo.processInfo.environment)
    }
}
