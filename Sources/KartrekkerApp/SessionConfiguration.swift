import Foundation
import KartrekkerCore
import KartrekkerPort
import KartrekkerStore

/// What a session is opened with: the data directory, how long a write waits for another,
/// who records, and the clock. A value: a background task opens its own session from it.
public struct SessionConfiguration: Sendable {
    public let dataDirectory: URL
    public let lockTimeout: Double
    /// Stored as `recordedBy` on every record.
    public let user: String
    public let clock: Clock
    /// Opens the store a session uses; `nil`: the data directory. (The organisation's
    /// database is opened by its own module, which the application layer does not know.)
    public var openStore: StoreOpener?
    /// A save keeps the totals of its month current at once, for boards asked right after it
    /// (the terminal UI); a command that only records leaves that to the next board.
    public var keepsSummariesCurrent = false

    public init(dataDirectory: URL, lockTimeout: Double = 10, user: String, clock: Clock = Clock(),
                openStore: StoreOpener? = nil) {
        self.dataDirectory = dataDirectory
        self.lockTimeout = lockTimeout
        self.user = user
        self.clock = clock
        self.openStore = openStore
    }

    /// The longest a write waits for another's lock, in seconds.
    public static let longestLockTimeout = 86_400.0

    /// From `--data-dir` and the environment (contract §1): `KARTREKKER_DATA_DIR`,
    /// `XDG_DATA_HOME`, `HOME`, `KARTREKKER_TODAY`, `KARTREKKER_USER`/`USER`,
    /// `KARTREKKER_LOCK_TIMEOUT`. Refuses values it cannot use, naming them.
    public init(dataDir: String?, environment: [String: String]) throws {
        var lockTimeout = 10.0
        if let text = environment["KARTREKKER_LOCK_TIMEOUT"], !text.isEmpty {
            // A day at most: a write that waits longer is better told to try again, and a
            // number past it (inf, 1e300) is no time a lock can be waited for.
            guard let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= SessionConfiguration.longestLockTimeout else {
                throw KartrekkerError("KARTREKKER_LOCK_TIMEOUT is \"\(SafeText.escaped(text))\"; expected a number of seconds from 0 to \(Int(SessionConfiguration.longestLockTimeout)) (a day)",
                                      nl: "KARTREKKER_LOCK_TIMEOUT is \"\(SafeText.escaped(text))\"; verwacht een aantal seconden van 0 tot \(Int(SessionConfiguration.longestLockTimeout)) (een dag)")
            }
            lockTimeout = seconds
        }
        var fixedToday: CalendarDate?
        if let fixed = environment["KARTREKKER_TODAY"], !fixed.isEmpty {
            guard let date = DateInput.fixedToday(fixed) else {
                throw KartrekkerError("KARTREKKER_TODAY is \"\(SafeText.escaped(fixed))\"; expected a date as YYYY-MM-DD in the years \(DateInput.years.lowerBound)–\(DateInput.years.upperBound)",
                                      nl: "KARTREKKER_TODAY is \"\(SafeText.escaped(fixed))\"; verwacht een datum als JJJJ-MM-DD in de jaren \(DateInput.years.lowerBound)–\(DateInput.years.upperBound)")
            }
            fixedToday = date
        }
        let candidates = [environment["KARTREKKER_USER"], environment["USER"]]
        let user = candidates.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty && !$0.unicodeScalars.contains(where: SafeText.isUnsafe) } ?? "unknown"
        self.init(dataDirectory: DataDirectory.resolve(explicit: dataDir, environment: environment),
                  lockTimeout: lockTimeout, user: user, clock: Clock(fixedToday: fixedToday))
    }
}
