import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerExchange
import KartrekkerStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill the data directory with a believable demo organisation to look around in.",
        discussion: """
            Dutch names, teams such as Klantcontact, Wijkbeheer and Onderhoud, a few kartrekkers, \
            many steady people and some quiet ones, with contributions and recognitions up to today. \
            The same --seed and today give the same data. Refuses a directory that holds data \
            unless --force (the replaced files are kept in backups/).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many employees.") var employees = DemoOrganisation.defaultEmployees
    @Option(help: "How many years of history, up to today.") var years = DemoOrganisation.defaultYears
    @Option(help: "The seed: the same seed and today give the same data.") var seed = DemoOrganisation.defaultSeed
    @Flag(help: "Replace the data of a directory that is not empty.") var force = false

    func validate() throws {
        guard (1...20_000).contains(employees) else { throw ValidationError("--employees must be between 1 and 20000") }
        guard (1...30).contains(years) else { throw ValidationError("--years must be between 1 and 30") }
    }

    func run() throws {
        let context = try global.context()
        let store = context.store
        let organisation = DemoOrganisation(employees: employees, years: years, seed: seed, today: context.today)
        try store.withWriteLock {
            if try !store.isEmpty() {
                guard force else {
                    throw KartrekkerError("\(store.directory.path) already holds data; add --force to replace it with the demo (the old files are kept in backups/)")
                }
                try store.removeAllData()
            }
            try store.add(organisation.employees)
            // One write per month file, not one per record.
            for (_, records) in Dictionary(grouping: organisation.contributions, by: { $0.date.monthKey }).sorted(by: { $0.key < $1.key }) {
                try store.add(records)
            }
            for (_, records) in Dictionary(grouping: organisation.recognitions, by: { $0.date.monthKey }).sorted(by: { $0.key < $1.key }) {
                try store.add(records)
            }
        }
        context.emit("""
            Demo organisation in \(store.directory.path): \(organisation.employees.count) employees, \
            \(organisation.contributions.count) contributions, \(organisation.recognitions.count) recognitions.
            Try: kartrekker leaderboard   ·   kartrekker nudges   ·   kartrekker employee list
            """)
    }
}
