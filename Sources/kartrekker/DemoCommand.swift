import ArgumentParser
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill the data directory with a believable demo organisation to look around in.",
        discussion: """
            Dutch names, teams such as Klantcontact, Wijkbeheer and Onderhoud, a few kartrekkers, \
            many steady people and some quiet ones, with contributions and recognitions up to today. \
            The same --seed and today give the same data. Refuses a directory that holds data \
            unless --force (every replaced file is kept in one set, backups/replaced-TIME/).
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many employees.") var employees = DemoOrganisation.defaultEmployees
    @Option(help: "How many years of history, up to today.") var years = DemoOrganisation.defaultYears
    @Option(help: "The seed: the same seed and today give the same data.") var seed = DemoOrganisation.defaultSeed
    @Flag(help: "Replace the data of a directory that is not empty.") var force = false

    func validate() throws {
        guard (1...20_000).contains(employees) else { throw UsageWording.error("--employees must be between 1 and 20000", nl: "--employees moet tussen 1 en 20000 liggen") }
        guard (1...30).contains(years) else { throw UsageWording.error("--years must be between 1 and 30", nl: "--years moet tussen 1 en 30 liggen") }
    }

    func run() throws {
        let session = try global.session()
        let setsBefore = Set(((try? session.backups()) ?? []).compactMap(\.set))
        let summary: DemoSummary
        do {
            Console.status("Making \(employees) employees and \(years) year\(years == 1 ? "" : "s") of history…")
            summary = try session.loadDemo(employees: employees, years: years, seed: seed, replacing: force,
                                           progress: Console.progress("Writing the demo organisation:"))
            Console.clearStatus()
        } catch let error as NotEmptyError {
            Console.clearStatus()
            throw KartrekkerError("\(SafeText.escaped(error.directory.path)) already holds data; add --force to replace it with the demo (the old files are kept in backups/)",
                                  nl: "\(SafeText.escaped(error.directory.path)) bevat al gegevens; voeg --force toe om ze door de demo te vervangen (de oude bestanden blijven in backups/)")
        } catch {
            Console.clearStatus()
            throw error
        }
        // What it replaced is kept whole, and that set is now its only copy: said.
        let newSets = Set(((try? session.backups()) ?? []).compactMap(\.set)).subtracting(setsBefore)
        let replaced = newSets.max().map { set in
            let count = ((try? session.backups()) ?? []).filter { $0.set == set }.count
            return "\nThe \(count) file\(count == 1 ? "" : "s") it replaced are kept in backups/\(set)/, "
                + "now the only copy of that data (`kartrekker backups` lists them; the README says how to put them back)."
        }
        Console.emit("""
            Demo organisation in \(SafeText.escaped(session.storeDescription)): \(summary.employees) employees, \
            \(summary.contributions) contributions, \(summary.recognitions) recognitions.\(replaced ?? "")
            Try: kartrekker leaderboard   ·   kartrekker nudges   ·   kartrekker employee list
            """, session)
    }
}
