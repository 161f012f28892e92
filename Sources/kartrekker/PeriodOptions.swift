import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// Which period a command is about: a kind of period holding a date, or a custom range.
struct PeriodOptions: ParsableArguments {
    @Option(help: "week, month, quarter, year or all (default month).") var period: PeriodKind?
    @Option(help: ArgumentHelp("A date in the period (default today).", valueName: "date")) var at: String?
    @Option(help: ArgumentHelp("Start of a custom range (with --to).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("End of a custom range (with --from).", valueName: "date")) var to: String?

    func validate() throws {
        if (from == nil) != (to == nil) { throw UsageWording.error("--from and --to go together", nl: "--from en --to horen bij elkaar") }
        if from != nil && (period != nil || at != nil) {
            throw UsageWording.error("--from/--to give a custom range; leave out --period and --at", nl: "--from/--to geven een eigen periode; laat --period en --at weg")
        }
        if period == .custom { throw UsageWording.error("for a custom range, give --from and --to", nl: "geef voor een eigen periode --from en --to") }
    }

    /// The period typed, read in `session` (whose today fills in a missing date).
    func period(in session: Session) throws -> Period {
        session.period(period, at: try session.date(at, field: "--at"), range: try session.range(from: from, to: to))
    }
}
