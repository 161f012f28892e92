import Foundation
import KartrekkerCore
import KartrekkerPort

/// One piece of a range of dates, as the data directory answers it, cheapest first (see
/// `DataStore.forEachPart`).
enum MonthPart<Record: DatedRecord> {
    /// The whole months of a year or all time, added up in one span file: its summary where
    /// it was just built, else the file's bytes (made for `token`), read without decoding.
    case months(MonthSummary?, file: (data: Data, token: String))
    /// One month the range covers whole: its summary file's bytes where nothing of it is in
    /// memory (read without decoding; `nil` otherwise), else `DataStore.summary`.
    case month(String, file: (data: Data, token: String)?)
    /// A month the range cuts, from its record spans: each record's day, category and points
    /// (the records' days `days` are in the range).
    case cut(MonthSpans, days: ClosedRange<Int>)
    /// A month the range cuts, from its records (those in the range): a month without spans,
    /// or a question the spans cannot answer.
    case records([Record])
}

extension DataStore {
    /// Walks `range` (`nil`: all time) a piece at a time, cheapest first: the whole months of a
    /// year or all time from one span file, each other whole month from its summary, each month
    /// the range cuts from its record spans, else its records. `totalsOnly`: the question is
    /// one the totals and spans answer (no value tags); otherwise whole months come from their
    /// summaries and cut months from their records. `body` says whether it could use the piece:
    /// a span file it cannot read is walked month by month instead.
    func forEachPart<Record: DatedRecord>(_ kind: Record.Type, in range: DateRange?, totalsOnly: Bool,
                                          _ body: (MonthPart<Record>) throws -> Bool) throws {
        var months = months(of: kind)
        if totalsOnly, let whole = DataStore.wholeMonths(of: months, covering: range), let span = try spanSummary(kind, months: whole) {
            let file = (data: span.data ?? Data(), token: span.token)
            if try body(.months(span.summary, file: file)) { months.removeAll { whole.contains($0) } }
        }
        // The summaries missing are built on all cores first (after the cache was deleted).
        try prepareSummaries(kind, months: months.filter { month in
            DataLayout.range(ofMonth: month).map { DataStore.covers(range, month: $0) } ?? false
        })
        for month in months {
            guard let monthRange = DataLayout.range(ofMonth: month) else { continue }
            if let range, !monthRange.overlaps(range) { continue }
            let path = DataLayout.path(of: kind, month)
            if DataStore.covers(range, month: monthRange) {
                var file: (data: Data, token: String)?
                if totalsOnly, summaries[path] == nil, let signature = FileSignature(path: root + "/" + path),
                   let data = readDerived(summaryPath(kind, month, ".bin")) {
                    file = (data, VerifiedFiles.token(signature))
                }
                _ = try body(.month(month, file: file))
            } else if totalsOnly, let range, let spans = try monthSpans(kind, month) {
                _ = try body(.cut(spans, days: range.from.dayNumber...range.to.dayNumber))
            } else {
                _ = try body(.records(try monthRecords(kind, month).filter { range?.contains($0.date) ?? true }))
            }
        }
    }
}
