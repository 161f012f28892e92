import Foundation
import KartrekkerCore

/// Where each employee's records sit in one month file, with each record's day and (for a
/// contribution) category and points: kept under `.summaries/` beside the totals and keyed the
/// same way (the month file's signature). An employee's page reads a month file's bytes and
/// decodes only their few records; a range that cuts a month (this week, the nudges' ninety
/// days) adds up points from here instead of decoding the month.
struct MonthSpans: Equatable {
    struct Place: Equatable {
        /// The record's object in the month file's bytes.
        var range: Range<Int>
        /// `CalendarDate.dayNumber` of the record's date.
        var day: Int
        /// The index in `Category.allCases`, `-1` for a recognition.
        var category: Int
        var points: Int
    }

    var byEmployee: [String: [Place]]

    /// `nil` when a date, category or idea status in the skim is not one this program knows.
    init?(_ skim: RecordSkim) {
        var spans: [String: [Place]] = [:]
        for entry in skim.entries {
            guard let date = CalendarDate(entry.date) else { return nil }
            var category = -1
            var points = 0
            if let name = entry.category {
                guard let known = KartrekkerCore.Category(rawValue: name), let index = KartrekkerCore.Category.allCases.firstIndex(of: known)
                else { return nil }
                var status: IdeaStatus?
                if let statusName = entry.ideaStatus {
                    guard let known = IdeaStatus(rawValue: statusName) else { return nil }
                    status = known
                }
                category = index
                points = Contribution.points(category: known, ideaStatus: status)
            }
            spans[entry.employeeID, default: []].append(Place(range: entry.range, day: date.dayNumber, category: category, points: points))
        }
        byEmployee = spans
    }

    static let magic: [UInt8] = Array("KTP2".utf8)

    func encoded(token: String) -> Data {
        var out = SummaryWriter()
        out.bytes(MonthSpans.magic)
        out.string(token)
        out.int(byEmployee.count)
        for (id, places) in byEmployee.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.int(places.count)
            for place in places {
                out.int(place.range.lowerBound)
                out.int(place.range.count)
                out.int(place.day)
                out.int(place.category)
                out.int(place.points)
            }
        }
        return out.sealed()
    }

    /// The spans in `data` when made from the month file version `token` names; `nil` when
    /// stale or damaged.
    init?(decoding data: Data, token: String) {
        guard var input = SummaryReader(sealed: data), input.bytes(MonthSpans.magic.count) == MonthSpans.magic,
              input.string() == token, let count = input.int(), count >= 0 else { return nil }
        var spans: [String: [Place]] = [:]
        spans.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = input.string(), let places = input.int(), places >= 0 else { return nil }
            var list: [Place] = []
            list.reserveCapacity(places)
            for _ in 0..<places {
                guard let place = input.place() else { return nil }
                list.append(place)
            }
            spans[id] = list
        }
        guard input.atEnd else { return nil }
        byEmployee = spans
    }

    /// The places of `id`'s records (none: empty) in the month file version `token` names,
    /// read without taking in the others'; `nil` when the spans are stale or damaged.
    static func places(for id: String, in data: Data, token: String) -> [Place]? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let count = input.int(), count >= 0 else { return nil }
        let wanted = Array(id.utf8)
        var found: [Place] = []
        for _ in 0..<count {
            guard let same = input.matches(wanted), let places = input.int(), places >= 0 else { return nil }
            if same {
                for _ in 0..<places {
                    guard let place = input.place() else { return nil }
                    found.append(place)
                }
            } else if places > 1 << 32 || !input.skip(places * 5 * 8) {
                return nil
            }
        }
        return input.atEnd ? found : nil
    }
}

extension SummaryReader {
    mutating func place() -> MonthSpans.Place? {
        guard let start = int(), let length = int(), start >= 0, length > 0, let day = int(), let category = int(),
              let points = int() else { return nil }
        return MonthSpans.Place(range: start..<start + length, day: day, category: category, points: points)
    }
}
