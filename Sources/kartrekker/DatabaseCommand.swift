import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerPostgres

/// `kartrekker db …`: the organisation's database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The organisation's PostgreSQL database (a build with --traits PostgreSQL).",
        subcommands: [DatabaseMigrate.self]
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
