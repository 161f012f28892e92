import Foundation
import KartrekkerCore
import KartrekkerPort

/// What one month file adds up to, per employee: for contributions, points and counts in all,
/// by category and by brand-value tag; for recognitions, the count and the latest date. A
/// derived cache beside the data (never the truth): whole months of a range are added up from
/// it, and only the months a range cuts are decoded.
struct MonthSummary: Equatable {
    struct Contributions: Equatable {
        var total = ScoreTotal()
        /// By `Category.allCases` order.
        var byCategory = Array(repeating: ScoreTotal(), count: Category.allCases.count)
        /// Ideas by status, in `IdeaStatus.allCases` order.
        var ideas = Array(repeating: 0, count: IdeaStatus.allCases.count)
        var byValue: [String: ScoreTotal] = [:]
        /// Contributions that carry both a value and a category filter's match, keyed
        /// "category value", so a board filtered by both needs no decoding either.
        var byCategoryValue: [String: ScoreTotal] = [:]
    }

    struct Recognitions: Equatable {
        var count = 0
        var latest: CalendarDate?
    }

    var contributions: [String: Contributions] = [:]
    var recognitions: [String: Recognitions] = [:]

    init(contributions records: [Contribution]) {
        add(records)
    }

    init(recognitions records: [Recognition]) {
        add(records)
    }

    /// Adds records of the month (a month file with them added adds up to this).
    mutating func add(_ records: [Contribution]) {
        // Changed in place (not copied out and back, which copies its lists for each record).
        func add(_ record: Contribution, to entry: inout Contributions) {
            let one = ScoreTotal(score: record.points, count: 1)
            entry.total += one
            entry.byCategory[Category.allCases.firstIndex(of: record.category)!] += one
            if let status = record.ideaStatus { entry.ideas[IdeaStatus.allCases.firstIndex(of: status)!] += 1 }
            for value in record.values {
                entry.byValue[value, default: ScoreTotal()] += one
                entry.byCategoryValue[record.category.rawValue + " " + value, default: ScoreTotal()] += one
            }
        }
        for record in records {
            add(record, to: &contributions[record.employeeId, default: Contributions()])
        }
    }

    mutating func add(_ records: [Recognition]) {
        for record in records {
            var entry = recognitions[record.employeeId] ?? Recognitions()
            entry.count += 1
            if entry.latest.map({ record.date > $0 }) ?? true { entry.latest = record.date }
            recognitions[record.employeeId] = entry
        }
    }

    private init() {}

    /// Adds `other`'s totals (not its totals by value) to these: a span of months.
    mutating func add(_ other: MonthSummary) {
        hasValues = false
        for (id, entry) in other.contributions {
            var mine = contributions[id] ?? Contributions()
            mine.total += entry.total
            for index in mine.byCategory.indices { mine.byCategory[index] += entry.byCategory[index] }
            for index in mine.ideas.indices { mine.ideas[index] += entry.ideas[index] }
            contributions[id] = mine
        }
        for (id, entry) in other.recognitions {
            var mine = recognitions[id] ?? Recognitions()
            mine.count += entry.count
            if let latest = entry.latest, mine.latest.map({ latest > $0 }) ?? true { mine.latest = latest }
            recognitions[id] = mine
        }
    }

    /// Whether `data` is a sound totals file made for `token` (under these rules).
    static func hasToken(_ data: Data, token: String) -> Bool {
        guard var input = SummaryReader(sealed: data) else { return false }
        return input.bytes(magic.count) == magic && input.string() == token
    }

    /// An employee's total under a leaderboard's value and category filters.
    static func total(_ entry: Contributions, _ filter: LeaderboardFilter) -> ScoreTotal {
        switch (filter.category, filter.value.map(Validation.foldedValueTag)) {
        case (nil, nil): return entry.total
        case (let category?, nil): return entry.byCategory[Category.allCases.firstIndex(of: category)!]
        case (nil, let value?): return entry.byValue[value] ?? ScoreTotal()
        case (let category?, let value?): return entry.byCategoryValue[category.rawValue + " " + value] ?? ScoreTotal()
        }
    }

    // MARK: Bytes

    /// Two small binary files per month file: the totals (all a board without a value filter
    /// needs, and the recognitions), and the totals by brand value (read only for a value
    /// filter). Decoding them must cost far less than decoding the month file.
    ///
    /// Each starts with the format's magic and a digest of the scoring rules (`ScoringRules`):
    /// totals added up under other rules, or with the categories in another order, are not
    /// believed and are rebuilt.
    static let magic: [UInt8] = magic(rules: ScoringRules.description)

    /// The magic for summaries made under `rules`.
    static func magic(rules: String) -> [UInt8] {
        var digest: UInt64 = 0xcbf29ce484222325
        for byte in rules.utf8 {
            digest ^= UInt64(byte)
            digest = digest &* 0x100000001b3
        }
        return Array("KTS4".utf8) + withUnsafeBytes(of: digest.littleEndian, Array.init)
    }

    /// Whether the totals by value are in (they load only when a value filter asks).
    var hasValues = true

    func encodedTotals(token: String, magic: [UInt8] = MonthSummary.magic) -> Data {
        var out = SummaryWriter()
        out.bytes(magic)
        out.string(token)
        out.int(contributions.count)
        for (id, entry) in contributions.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.total(entry.total)
            for total in entry.byCategory { out.total(total) }
            for count in entry.ideas { out.int(count) }
        }
        out.int(recognitions.count)
        for (id, entry) in recognitions.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.int(entry.count)
            out.int(entry.latest?.dayNumber ?? Int(Int32.min))
        }
        return out.sealed()
    }

    func encodedValues(token: String) -> Data {
        var out = SummaryWriter()
        out.bytes(MonthSummary.magic)
        out.string(token)
        let tagged = contributions.filter { !$0.value.byValue.isEmpty || !$0.value.byCategoryValue.isEmpty }
        out.int(tagged.count)
        for (id, entry) in tagged.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.int(entry.byValue.count)
            for (value, total) in entry.byValue.sorted(by: { $0.key < $1.key }) {
                out.string(value)
                out.total(total)
            }
            out.int(entry.byCategoryValue.count)
            for (key, total) in entry.byCategoryValue.sorted(by: { $0.key < $1.key }) {
                out.string(key)
                out.total(total)
            }
        }
        return out.sealed()
    }

    /// FNV-1a over 64-bit words (the tail byte by byte), with a shift to mix the high bits
    /// down: eight times fewer steps than byte-wise FNV, and an employee's page checks the
    /// summaries of every month.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        let words = bytes.count / 8
        for offset in 0..<words {
            hash ^= UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset * 8, as: UInt64.self))
            hash = hash &* 0x100000001b3
            hash ^= hash >> 31
        }
        for byte in bytes[(words * 8)...] {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }

    /// The totals in `data` when they were made from the file version `token` names; `nil`
    /// when stale or damaged (then they are rebuilt from the month file).
    static func decodedTotals(_ data: Data, token: String) -> MonthSummary? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token else { return nil }
        var summary = MonthSummary()
        summary.hasValues = false
        guard let contributionCount = input.int(), contributionCount >= 0 else { return nil }
        summary.contributions.reserveCapacity(contributionCount)
        for _ in 0..<contributionCount {
            guard let id = input.string(), let entry = input.contributions() else { return nil }
            summary.contributions[id] = entry
        }
        guard let recognitionCount = input.int(), recognitionCount >= 0 else { return nil }
        for _ in 0..<recognitionCount {
            guard let id = input.string(), let count = input.int(), let day = input.int() else { return nil }
            summary.recognitions[id] = Recognitions(count: count, latest: day == Int(Int32.min) ? nil : CalendarDate(dayNumber: day))
        }
        guard input.atEnd else { return nil }
        return summary
    }

    /// Adds each employee's total under `filter` (no value filter) from a totals file straight
    /// into `totals`, without building the summary: the all-time board reads sixty of these.
    /// `false` when stale or damaged.
    static func addTotals(_ data: Data, token: String, category: Category?, into totals: inout [String: ScoreTotal]) -> Bool {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let count = input.int(), count >= 0 else { return false }
        let wanted = category.flatMap { Category.allCases.firstIndex(of: $0) }
        var found: [(String, ScoreTotal)] = []
        found.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = input.string(), let all = input.total() else { return false }
            // The category's own total when a category is asked for, else the whole.
            var chosen = all
            for index in 0..<Category.allCases.count {
                guard let total = input.total() else { return false }
                if index == wanted { chosen = total }
            }
            for _ in 0..<IdeaStatus.allCases.count {
                guard input.int() != nil else { return false }
            }
            if chosen.count > 0 { found.append((id, chosen)) }
        }
        guard let recognitions = input.int(), recognitions >= 0 else { return false }
        // Only what was read is trusted: the rest must still be whole.
        for _ in 0..<recognitions {
            guard input.string() != nil, input.int() != nil, input.int() != nil else { return false }
        }
        guard input.atEnd else { return false }
        for (id, total) in found { totals[id, default: ScoreTotal()] += total }
        return true
    }

    /// Adds each employee's recognition count from a totals file straight into `counts`,
    /// without building the summary (the all-time board reads sixty); `false` when stale or
    /// damaged.
    static func addRecognitionCounts(_ data: Data, token: String, into counts: inout [String: Int]) -> Bool {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let contributions = input.int(), contributions >= 0 else { return false }
        for _ in 0..<contributions {
            guard let length = input.int(), length >= 0, length <= 1 << 20,
                  input.skip(length + 8 * (2 + 2 * Category.allCases.count + IdeaStatus.allCases.count)) else { return false }
        }
        guard let recognitions = input.int(), recognitions >= 0 else { return false }
        var found: [(String, Int)] = []
        found.reserveCapacity(recognitions)
        for _ in 0..<recognitions {
            guard let id = input.string(), let count = input.int(), input.int() != nil else { return false }
            found.append((id, count))
        }
        guard input.atEnd else { return false }
        for (id, count) in found { counts[id, default: 0] += count }
        return true
    }

    /// One employee's entries in a totals file, found without building the summary; `nil`
    /// when the file is stale or damaged.
    static func entries(for id: String, in data: Data, token: String) -> (contributions: Contributions?, recognitions: Recognitions?)? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let count = input.int(), count >= 0 else { return nil }
        let wanted = Array(id.utf8)
        var contributions: Contributions?
        for _ in 0..<count {
            guard let same = input.matches(wanted) else { return nil }
            if same {
                guard let entry = input.contributions() else { return nil }
                contributions = entry
            } else {
                guard input.skip(8 * (2 + 2 * Category.allCases.count + IdeaStatus.allCases.count)) else { return nil }
            }
        }
        guard let recognitionCount = input.int(), recognitionCount >= 0 else { return nil }
        var recognitions: Recognitions?
        for _ in 0..<recognitionCount {
            guard let same = input.matches(wanted), let count = input.int(), let day = input.int() else { return nil }
            if same { recognitions = Recognitions(count: count, latest: day == Int(Int32.min) ? nil : CalendarDate(dayNumber: day)) }
        }
        guard input.atEnd else { return nil }
        return (contributions, recognitions)
    }

    /// The brand-value tags a values file names (`nil` when stale or damaged).
    static func valueNames(_ data: Data, token: String) -> Set<String>? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let count = input.int(), count >= 0 else { return nil }
        var names = Set<String>()
        for _ in 0..<count {
            guard input.string() != nil, let values = input.int(), values >= 0 else { return nil }
            for _ in 0..<values {
                guard let value = input.string(), input.total() != nil else { return nil }
                names.insert(value)
            }
            guard let pairs = input.int(), pairs >= 0 else { return nil }
            for _ in 0..<pairs {
                guard input.string() != nil, input.total() != nil else { return nil }
            }
        }
        return input.atEnd ? names : nil
    }

    /// Adds the totals by value in `data` (made from `token`'s version); `false` when stale or
    /// damaged.
    mutating func addValues(_ data: Data, token: String) -> Bool {
        guard var input = SummaryReader(sealed: data), input.bytes(MonthSummary.magic.count) == MonthSummary.magic,
              input.string() == token, let count = input.int(), count >= 0 else { return false }
        var found: [String: Contributions] = contributions
        for _ in 0..<count {
            guard let id = input.string(), var entry = found[id], let values = input.int(), values >= 0 else { return false }
            for _ in 0..<values {
                guard let value = input.string(), let total = input.total() else { return false }
                entry.byValue[value] = total
            }
            guard let pairs = input.int(), pairs >= 0 else { return false }
            for _ in 0..<pairs {
                guard let key = input.string(), let total = input.total() else { return false }
                entry.byCategoryValue[key] = total
            }
            found[id] = entry
        }
        guard input.atEnd else { return false }
        contributions = found
        hasValues = true
        return true
    }
}

/// Little-endian integers and length-prefixed UTF-8 strings.
struct SummaryWriter {
    var buffer: [UInt8] = []

    /// The bytes with their checksum at the end: a damaged file is rebuilt, never believed.
    mutating func sealed() -> Data {
        let sum = buffer.withUnsafeBytes { MonthSummary.checksum($0) }
        int(Int(Int64(bitPattern: sum)))
        return Data(buffer)
    }

    mutating func bytes(_ bytes: [UInt8]) { buffer += bytes }

    mutating func int(_ value: Int) {
        var v = Int64(value).littleEndian
        withUnsafeBytes(of: &v) { buffer += $0 }
    }

    mutating func string(_ text: String) {
        let utf8 = Array(text.utf8)
        int(utf8.count)
        buffer += utf8
    }

    mutating func total(_ total: ScoreTotal) {
        int(total.score)
        int(total.count)
    }
}

struct SummaryReader {
    var data: [UInt8]
    var position = 0

    init(_ data: Data) { self.data = Array(data) }

    /// A reader over `data` without its checksum, or `nil` when the checksum does not hold.
    init?(sealed data: Data) {
        self.init(data)
        guard self.data.count >= 8 else { return nil }
        let bodyCount = self.data.count - 8
        let (sum, stored) = self.data.withUnsafeBytes { raw in
            (MonthSummary.checksum(UnsafeRawBufferPointer(rebasing: raw[0..<bodyCount])),
             UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bodyCount, as: UInt64.self)))
        }
        guard sum == stored else { return nil }
        self.data.removeLast(8)
    }

    var atEnd: Bool { position == data.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, position + count <= data.count else { return nil }
        defer { position += count }
        return Array(data[position..<position + count])
    }

    mutating func int() -> Int? {
        guard position + 8 <= data.count else { return nil }
        var value: UInt64 = 0
        data.withUnsafeBytes { raw in
            value = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
        }
        position += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= 1 << 20, position + count <= data.count else { return nil }
        defer { position += count }
        return data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
    }

    /// Reads a length-prefixed string and says whether it is `bytes`, without making a String.
    mutating func matches(_ bytes: [UInt8]) -> Bool? {
        guard let count = int(), count >= 0, position + count <= data.count else { return nil }
        defer { position += count }
        guard count == bytes.count else { return false }
        for offset in 0..<count where data[position + offset] != bytes[offset] { return false }
        return true
    }

    mutating func skip(_ count: Int) -> Bool {
        guard position + count <= data.count else { return false }
        position += count
        return true
    }

    /// One employee's contribution totals as the totals file holds them.
    mutating func contributions() -> MonthSummary.Contributions? {
        guard let total = total() else { return nil }
        var entry = MonthSummary.Contributions(total: total)
        for index in entry.byCategory.indices {
            guard let total = self.total() else { return nil }
            entry.byCategory[index] = total
        }
        for index in entry.ideas.indices {
            guard let count = int() else { return nil }
            entry.ideas[index] = count
        }
        return entry
    }

    mutating func total() -> ScoreTotal? {
        guard let score = int(), let count = int() else { return nil }
        return ScoreTotal(score: score, count: count)
    }
}

extension PersonTotals {
    /// Adds one person's entry of a month's summary.
    mutating func add(_ entry: MonthSummary.Contributions) {
        total += entry.total
        for index in byCategory.indices { byCategory[index] += entry.byCategory[index] }
        for index in ideas.indices { ideas[index] += entry.ideas[index] }
    }
}
