import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker purge`: removes the records older than the retention period (art. 5(1)(e)).
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove the contributions and recognitions dated before a day, and what only they kept.",
        discussion: """
            All or nothing: the records, the links to purged contributions from later recognitions, \
            archived employees left with no record, and every backup and derived file that held any of it. \
            Without --before it uses the retention period (`kartrekker config retention 5y`). \
            --dry-run says what would go and changes nothing. On a database only its owner purges.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Remove what is dated before this day.", valueName: "date")) var before: String?
    @Flag(help: "Say what would be removed; change nothing.") var dryRun = false

    func run() throws {
        let session = try global.session()
        let day = try session.purgeDay(before: before)
        if dryRun {
            let plan = try session.purgePlan(before: day)
            Console.emit(plan.isEmpty ? "Nothing is dated before \(day) (dry run: nothing was changed)."
                                      : "Would remove \(plan.summary) (dry run: nothing was changed).", session)
            return
        }
        let purged = try session.purge(before: day)
        Console.emit(purged.isEmpty ? "Nothing was dated before \(day); nothing was removed." : "Removed \(purged.summary).", session)
    }
}
