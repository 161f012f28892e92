import Foundation
import KartrekkerCore
import KartrekkerStore

/// What a command works with: the data directory, today, who records, and now.
struct Context {
    let store: DataStore
    let today: CalendarDate
    let user: String
    let now: Date

    init(dataDir: String?, environment: [String: String]) throws {
        var lockTimeout = 10.0
        if let text = environment["KARTREKKER_LOCK_TIMEOUT"], !text.isEmpty {
            guard let seconds = Double(text), seconds >= 0 else {
                throw KartrekkerError("KARTREKKER_LOCK_TIMEOUT is \"\(SafeText.escaped(text))\"; expected a number of seconds")
            }
            lockTimeout = seconds
        }
        store = DataStore(directory: DataDirectory.resolve(explicit: dataDir, environment: environment), lockTimeout: lockTimeout)
        if let fixed = environment["KARTREKKER_TODAY"], !fixed.isEmpty {
            guard let date = CalendarDate(fixed), Context.years.contains(date.year) else {
                throw KartrekkerError("KARTREKKER_TODAY is \"\(SafeText.escaped(fixed))\"; expected a date as YYYY-MM-DD in the years \(Context.years.lowerBound)–\(Context.years.upperBound)")
            }
            today = date
        } else {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            today = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        }
        let candidates = [environment["KARTREKKER_USER"], environment["USER"]]
        user = candidates.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty && !$0.unicodeScalars.contains(where: SafeText.isUnsafe) } ?? "unknown"
        now = Date()
    }

    static let years = 1900...2999

    /// A typed date: `YYYY-MM-DD`, `today` or `yesterday`.
    func date(_ text: String, option: String) throws -> CalendarDate {
        switch text.lowercased() {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        default:
            guard let date = CalendarDate(text) else {
                throw KartrekkerError("\(option) \"\(SafeText.escaped(text))\" is not a date; use YYYY-MM-DD, today or yesterday")
            }
            // Periods around the date must stay within the calendar the program counts in.
            guard Context.years.contains(date.year) else {
                throw KartrekkerError("\(option) \(date) is out of range; use a date in the years \(Context.years.lowerBound)–\(Context.years.upperBound)")
            }
            return date
        }
    }

    func date(_ text: String?, option: String) throws -> CalendarDate? {
        try text.map { try date($0, option: option) }
    }

    /// The inclusive range of optional `--from`/`--to` (open ends reach the first and last
    /// possible day), `nil` when neither is given; refuses one that ends before it starts.
    func range(from: String?, to: String?) throws -> DateRange? {
        let start = try date(from, option: "--from")
        let end = try date(to, option: "--to")
        guard start != nil || end != nil else { return nil }
        let first = start ?? CalendarDate(year: 1, month: 1, day: 1)!
        let last = end ?? CalendarDate(year: 9999, month: 12, day: 31)!
        guard let range = DateRange(from: first, to: last) else {
            throw KartrekkerError("--from \(first) is after --to \(last)")
        }
        return range
    }

    /// Prints a command's result, then any warning about the data (a file from a newer
    /// kartrekker) on standard error.
    func emit(_ text: String) {
        // Unicode scalars, not Characters: a CSV's final "\r\n" is one Character.
        print(text, terminator: text.unicodeScalars.last == "\n" ? "" : "\n")
        for warning in store.warnings { Console.printError("warning: " + warning) }
    }

    /// The employee a typed reference names.
    func employee(_ reference: String) throws -> Employee {
        try store.employeeDirectory().resolve(reference)
    }
}
