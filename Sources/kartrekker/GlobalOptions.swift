import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerPostgres

/// Options every command takes; they may also come before the subcommand
/// (`kartrekker --data-dir DIR leaderboard`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "The data directory (default: $KARTREKKER_DATA_DIR, else $XDG_DATA_HOME/kartrekker, else ~/.local/share/kartrekker).",
        valueName: "dir"))
    var dataDir: String?

    @Option(help: ArgumentHelp(
        "The organisation's database instead of a data directory, as postgres://USER@HOST/DB (default: $KARTREKKER_STORE; the password from PGPASSWORD or ~/.pgpass).",
        valueName: "url"))
    var store: String?

    @Option(help: ArgumentHelp(
        "The language of the terminal UI and of errors: nl or en (default: $KARTREKKER_LANG, else Dutch where LC_ALL, LC_MESSAGES or LANG names a Dutch locale, else English).",
        valueName: "nl|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw KartrekkerError("--lang \"\(SafeText.escaped(lang))\" is not a language; use nl or en",
                                  nl: "--lang \"\(SafeText.escaped(lang))\" is geen taal; gebruik nl of en")
        }
    }

    /// The database asked for (`--store`, else `KARTREKKER_STORE`), or `nil` for the data
    /// directory.
    func database() throws -> PostgresLocation? {
        let text = store ?? ProcessInfo.processInfo.environment["KARTREKKER_STORE"]
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try PostgresLocation(text)
    }

    static func builtWithout(_ location: PostgresLocation) -> KartrekkerError {
        KartrekkerError("this kartrekker was built without the PostgreSQL store, so it cannot open \(location.description)",
                        nl: "deze kartrekker is gebouwd zonder de PostgreSQL-opslag en kan \(location.description) dus niet openen",
                        details: ["build it with `swift build -c release --traits PostgreSQL`"],
                        nlDetails: ["bouw hem met `swift build -c release --traits PostgreSQL`"])
    }

    /// A session on the data directory or the database, with today and who records from the
    /// environment.
    /// `pooledConnections`: database connections outlive each store (the terminal UI opens one
    /// per load).
    func session(pooledConnections: Bool = false) throws -> Session {
        // An empty --data-dir (an unset variable in a script) must not mean the default directory.
        if let dataDir, dataDir.trimmingCharacters(in: .whitespaces).isEmpty {
            throw KartrekkerError("--data-dir is empty; give the data directory (or leave the option out for the default)",
                                  nl: "--data-dir is leeg; geef de gegevensmap (of laat de optie weg voor de standaardmap)")
        }
        var configuration = try SessionConfiguration(dataDir: dataDir, environment: ProcessInfo.processInfo.environment)
        if let location = try database() {
            #if PostgreSQL
            configuration.openStore = PostgresStore.opener(location, pooled: pooledConnections)
            #else
            throw GlobalOptions.builtWithout(location)
            #endif
        }
        return Session(configuration)
    }
}
