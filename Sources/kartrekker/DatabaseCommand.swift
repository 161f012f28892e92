import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore

/// `kartrekker db …`: the organisation's database.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "The organisation's PostgreSQL database (a build with --traits PostgreSQL).",
        subcommands: [DatabaseMigrate.self, DatabaseImport.self, DatabaseLead.self, DatabaseHR.self, DatabaseRevoke.self,
                      DatabaseAccessList.self]
    )
}

/// `kartrekker db migrate`: creates or brings up to date kartrekker's tables.
struct DatabaseMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create kartrekker's tables in the database, or bring them up to date; refuses a newer database."
    )

    @Flag(name: .customLong("rebuild-totals"), help: "Also add the month totals up anew from the records (after a repair by hand in SQL; `check` says when).")
    var rebuildTotals = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.session().administration(for: "db migrate")
        let applied = try store.migrate()
        let version = try store.schemaVersion()
        print(applied.isEmpty ? "The database \(store.location) is up to date (schema version \(version))."
                              : "Migrated \(store.location) to schema version \(version).")
        if rebuildTotals {
            try store.rebuildMonthTotals()
            print("Rebuilt the month totals from the records.")
        }
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
        let target = try global.session().administration(for: "db import")
        let location = target.location
        let directory = try Session(dataDir: source, environment: ProcessInfo.processInfo.environment)
        guard try target.schemaVersion() > 0 else {
            throw KartrekkerError("the database \(location) has no kartrekker tables yet",
                                  nl: "de database \(location) heeft nog geen tabellen van kartrekker", details: ["run `kartrekker db migrate` first"], nlDetails: ["draai eerst `kartrekker db migrate`"])
        }
        let copy = try directory.copyEverything(to: target, progress: Console.progress("Copying"))
        Console.clearStatus()
        print("Copied \(Console.count(copy.employees, "employee")), \(Console.count(copy.contributions, "contribution")) and "
              + "\(Console.count(copy.recognitions, "recognition")) from \(SafeText.escaped(directory.dataDirectory.path)) into \(location); "
              + "\(copy.boardsCompared) boards and the nudges are the same in both.")
    }
}
