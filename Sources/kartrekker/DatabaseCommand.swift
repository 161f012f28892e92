import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerPostgres

/// `kartrekker db …`: the organisation's database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The organisation's PostgreSQL database (a build with --traits PostgreSQL).",
        subcommands: [DatabaseMigrate.self, DatabaseImport.self]
    )
}

/// `kartrekker db migrate`: creates or brings up to date kartrekker's tables.
struct DatabaseMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create kartrekker's tables in the database, or bring them up to date; refuses a newer database."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let location = try global.database() else {
            throw KartrekkerError("db migrate needs a database: give --store postgres://USER@HOST/DB or set KARTREKKER_STORE")
        }
        #if PostgreSQL
        let store = PostgresStore(location)
        let applied = try store.migrate()
        let version = try store.schemaVersion()
        print(applied.isEmpty ? "The database \(location.description) is up to date (schema version \(version))."
                              : "Migrated \(location.description) to schema version \(version).")
        #else
        throw KartrekkerError("this kartrekker was built without the PostgreSQL store, so it cannot open \(location.description)",
                              details: ["build it with `swift build -c release --traits PostgreSQL`"])
        #endif
    }
}

/// `kartrekker db import DATA_DIR`: a data directory moved into an empty database.
struct DatabaseImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy a data directory into an empty database in one transaction, then check every board is the same."
    )

    @Argument(help: ArgumentHelp("The data directory to copy.", valueName: "data-dir")) var source: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let location = try global.database() else {
            throw KartrekkerError("db import needs a database: give --store postgres://USER@HOST/DB or set KARTREKKER_STORE")
        }
        #if PostgreSQL
        let directory = try Session(dataDir: source, environment: ProcessInfo.processInfo.environment)
        let target = PostgresStore(location)
        guard try target.schemaVersion() > 0 else {
            throw KartrekkerError("the database \(location.description) has no kartrekker tables yet", details: ["run `kartrekker db migrate` first"])
        }
        let copy = try directory.copyEverything(to: target, progress: Console.progress("Copying"))
        Console.clearStatus()
        print("Copied \(Console.count(copy.employees, "employee")), \(Console.count(copy.contributions, "contribution")) and "
              + "\(Console.count(copy.recognitions, "recognition")) from \(SafeText.escaped(directory.dataDirectory.path)) into \(location.description); "
              + "\(copy.boardsCompared) boards and the nudges are the same in both.")
        #else
        throw KartrekkerError("this kartrekker was built without the PostgreSQL store, so it cannot open \(location.description)",
                              details: ["build it with `swift build -c release --traits PostgreSQL`"])
        #endif
    }
}
