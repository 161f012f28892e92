import Foundation
import KartrekkerCore
import KartrekkerPort

/// Totals over runs of whole months (a year, all time), one derived file each: the all-time
/// board and a person's page read one file instead of one per month. The file's token joins
/// the tokens of the month files it adds up (their signatures; the rules are in the magic),
/// so a change to any of them makes it stale, and it is rebuilt from the months' summaries.
extension DataStore {
    /// Fewer whole months than this are read month by month (a quarter is three).
    static let shortestSpan = 4

    /// The summary of `months` (consecutive, every one whole in the question) added up, totals
    /// only (no values); `nil` when nothing is cached here or a month file is missing.
    func spanSummary<Record: DatedRecord>(_ kind: Record.Type, months: [String]) throws -> (summary: MonthSummary?, data: Data?, token: String)? {
        guard derived.path != nil, months.count >= DataStore.shortestSpan, let first = months.first, let last = months.last else {
            return nil
        }
        var token = ""
        for month in months {
            guard let signature = FileSignature(path: root + "/" + DataLayout.path(of: kind, month)) else { return nil }
            token += month + "=" + VerifiedFiles.token(signature) + ";"
        }
        let path = summaryPath(kind, first + "_" + last, ".span.bin")
        if let data = readDerived(path), MonthSummary.hasToken(data, token: token) { return (nil, data, token) }
        var merged = Record.recordKind == .contribution ? MonthSummary(contributions: []) : MonthSummary(recognitions: [])
        try prepareSummaries(kind, months: months)
        for month in months { merged.add(try summary(kind, month)) }
        writeSummaryFile(merged.encodedTotals(token: token), to: path)
        // Spans from the same first month that end two or more months before this one are not
        // asked for again (all time ends this month, the nudges' span the month before).
        if let folder = derived.path, let lastRange = DataLayout.range(ofMonth: last) {
            let keptFrom = lastRange.from.adding(days: -1).monthKey
            let prefix = Record.folder + "-" + first + "_"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasPrefix(prefix) && name.hasSuffix(".span.bin") {
                let end = String(name.dropFirst(prefix.count).dropLast(".span.bin".count))
                if end < keptFrom { unlink(folder + "/" + name) }
            }
        }
        return (merged, nil, token)
    }

    /// The months of `months` that `range` covers whole, when there are enough of them to read
    /// as one span; `nil` otherwise. (They need not follow each other: a month without a file
    /// adds nothing.)
    static func wholeMonths(of months: [String], covering range: DateRange?) -> [String]? {
        let whole = months.filter { month in DataLayout.range(ofMonth: month).map { covers(range, month: $0) } ?? false }
        return whole.count >= shortestSpan ? whole : nil
    }
}
