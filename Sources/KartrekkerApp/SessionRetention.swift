import Foundation
import KartrekkerCore
import KartrekkerPort
import KartrekkerStore

/// How long records are kept (art. 5(1)(e) AVG): the retention period, kept with the data, and
/// the purge of what is older.
extension Session {
    /// The organisation's settings.
    public func settings() throws -> OrganisationSettings {
        try store.settings()
    }

    /// Sets the retention period (`5y`, `18m`) or, for `off`, clears it. Only whoever may
    /// replace everything changes what the whole organisation keeps.
    public func setRetention(_ text: String) throws -> OrganisationSettings {
        var period: RetentionPeriod?
        if !["off", "none", "uit", "geen"].contains(text.lowercased()) {
            guard let given = RetentionPeriod(text) else {
                throw KartrekkerError("retention \"\(SafeText.escaped(text))\" is not a period; give years or months, such as 5y or 18m (or off)",
                                      nl: "bewaartermijn \"\(SafeText.escaped(text))\" is geen periode; geef jaren of maanden, zoals 5y of 18m (of off)")
            }
            period = given
        }
        return try changeSettings { $0.retention = period }
    }

    func requireMayChangeSettings() throws {
        guard try store.mayReplaceEverything() else {
            throw KartrekkerError("\(storeDescription): only the database's owner changes the organisation's settings",
                                  nl: "\(storeDescription): alleen de eigenaar van de database wijzigt de instellingen van de organisatie")
        }
    }

    /// The day before which records go: `before` as typed, else today less the retention
    /// period; an error says what to give when neither is there.
    public func purgeDay(before text: String?) throws -> CalendarDate {
        if let text { return try date(text, field: "--before") }
        guard let retention = try store.settings().retention else {
            throw KartrekkerError("no retention period is set: give --before DATE, or set one with `kartrekker config retention 5y`",
                                  nl: "er is geen bewaartermijn ingesteld: geef --before DATUM, of stel er een in met `kartrekker config retention 5y`")
        }
        return retention.cutoff(today: today)
    }

    public func purgePlan(before day: CalendarDate) throws -> Purge {
        try requireMayChangeSettings()
        return try store.purgePlan(before: day)
    }

    @discardableResult
    public func purge(before day: CalendarDate) throws -> Purge {
        try requireMayChangeSettings()
        return try store.purge(before: day)
    }

    /// What `check` and the terminal UI say when records older than the retention period are
    /// there: how many, before which day, and what removes them; `nil` when none are (or no
    /// period is set).
    /// `short`: one line of a toast at 80 columns.
    public func retentionNotice(short: Bool = false) throws -> Phrase? {
        guard let retention = try store.settings().retention else { return nil }
        let cutoff = retention.cutoff(today: today)
        let older = DateRange(from: CalendarDate(year: DateInput.years.lowerBound, month: 1, day: 1)!, to: cutoff.adding(days: -1))
        // Counted from the totals the boards use (whole months from their summaries, or SQL),
        // not by decoding years of records on opening.
        let contributions = try store.contributionTotals(in: older, filter: LeaderboardFilter()).values.reduce(0) { $0 + $1.count }
        let recognitions = try store.recognitionCounts(in: older).values.reduce(0, +)
        guard contributions + recognitions > 0 else { return nil }
        if short {
            let count = contributions + recognitions
            return Phrase("\(count) record\(count == 1 ? " is" : "s") older than the retention period (\(retention.words)): kartrekker purge",
                          nl: "\(count) \(count == 1 ? "gegeven is" : "gegevens zijn") ouder dan de bewaartermijn (\(retention.dutchWords)): kartrekker purge")
        }
        return Phrase("\(contributions) contribution\(contributions == 1 ? "" : "s") and \(recognitions) recognition\(recognitions == 1 ? "" : "s") "
                      + "are older than the retention period (\(retention.words): dated before \(cutoff)); `kartrekker purge` removes them",
                      nl: "\(contributions) \(contributions == 1 ? "bijdrage" : "bijdragen") en \(recognitions) \(recognitions == 1 ? "waardering" : "waarderingen") "
                      + "zijn ouder dan de bewaartermijn (\(retention.dutchWords): van vóór \(cutoff)); `kartrekker purge` haalt ze weg")
    }

    /// What a board of `range` (`nil`: all time) must say of purged records, or `nil`.
    public func purgeNotice(for range: DateRange?) -> String? {
        (try? store.settings())?.purgeNotice(for: range)
    }
}
