import Foundation

/// Where each employee's records sit in one month file, kept under `.summaries/` beside the
/// totals and keyed the same way (the month file's signature): an employee's page reads a
/// month file's bytes and decodes their few records, not the month's thousands.
struct MonthSpans: Equatable {
    var byEmployee: [String: [Range<Int>]]

    init(_ skim: RecordSkim) {
        var spans: [String: [Range<Int>]] = [:]
        for entry in skim.entries { spans[entry.employeeID, default: []].append(entry.range) }
        byEmployee = spans
    }

    static let magic: [UInt8] = Array("KTP1".utf8)

    func encoded(token: String) -> Data {
        var out = SummaryWriter()
        out.bytes(MonthSpans.magic)
        out.string(token)
        out.int(byEmployee.count)
        for (id, ranges) in byEmployee.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.int(ranges.count)
            for range in ranges {
                out.int(range.lowerBound)
                out.int(range.count)
            }
        }
        return out.sealed()
    }

    /// The places of `id`'s records (none: empty) in the month file version `token` names;
    /// `nil` when the spans are stale or damaged.
    static func ranges(for id: String, in data: Data, token: String) -> [Range<Int>]? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let count = input.int(), count >= 0 else { return nil }
        let wanted = Array(id.utf8)
        var found: [Range<Int>] = []
        for _ in 0..<count {
            guard let same = input.matches(wanted), let ranges = input.int(), ranges >= 0 else { return nil }
            for _ in 0..<ranges {
                guard let start = input.int(), let length = input.int(), start >= 0, length > 0 else { return nil }
                if same { found.append(start..<start + length) }
            }
        }
        return input.atEnd ? found : nil
    }
}
