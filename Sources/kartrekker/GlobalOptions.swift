import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerStore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "The data directory (default: $KARTREKKER_DATA_DIR, else $XDG_DATA_HOME/kartrekker, else ~/.local/share/kartrekker).",
        valueName: "dir"))
    var dataDir: String?

    /// The store, today's date and who is recording, from the options and the environment.
    func context() throws -> Context {
        try Context(dataDir: dataDir, environment: ProcessInfo.processInfo.environment)
    }
}
