import Foundation
import KartrekkerCore
import Testing
@testable import KartrekkerStore

/// The fast reader must agree with `JSONDecoder` on every file it accepts, and leave to it
/// every file it does not understand.
@Suite struct FastDecodingTests {
    func month(_ records: [Contribution]) -> Data {
        DataStore.encode(MonthFile(month: "2026-11", records: records))
    }

    @Test func agreesWithJSONDecoderOnWhatTheStoreWrites() throws {
        var odd = contribution("c-202611-b", "e-anna", "2026-11-03", .idea)
        odd.note = "Quote \" backslash \\ slash / tab\tand é 李 😀 \u{1B} \u{202E}"
        odd.values = ["betrokken", "samen"]
        odd.channel = nil
        odd.project = nil
        let records = [contribution("c-202611-a", "e-anna", "2026-11-02"), odd]
        let data = month(records)
        let fast = try #require(MonthFile<Contribution>.fastDecode(data))
        let reference = try JSONDecoder().decode(MonthFile<Contribution>.self, from: data)
        #expect(fast.records == reference.records && fast.records == records)
        #expect(fast.month == "2026-11" && fast.schemaVersion == 1)

        let recognitions = [recognition("r-202611-a", "e-anna", "2026-11-04", for: ["c-202611-a"])]
        let recognitionData = DataStore.encode(MonthFile(month: "2026-11", records: recognitions))
        #expect(MonthFile<Recognition>.fastDecode(recognitionData)?.records == recognitions)

        let employees = [Employee(id: "e-1", name: "Çelik \"C\" Yılmaz", team: "A", role: "R", email: "c@x.nl",
                                  startDate: CalendarDate("2020-01-02"), archived: true),
                         Employee(id: "e-2", name: "B", team: "B")]
        let employeeData = DataStore.encode(EmployeesFile(employees: employees))
        #expect(EmployeesFile.fastDecode(employeeData)?.employees == employees)
    }

    @Test func readsEveryFieldOfVersion2OnTheFastPath() throws {
        var told = contribution("c-202611-c", "e-anna", "2026-11-05")
        told.contactMoment = ContactMoment(key: "reparatieverzoek")
        told.story = SmileStory(problem: "Lekkage", action: "Gebeld", cost: Euros(cents: 4550), outcome: "Droog")
        told.with = ["e-bram", "e-carla"]
        var idea = contribution("c-202611-d", "e-anna", "2026-11-06", .idea)
        idea = try Records.withStatus(idea, .declined, reason: "Te duur")
        let records = [contribution("c-202611-a", "e-anna", "2026-11-02"), told, idea]
        let data = month(records)
        let fast = try #require(MonthFile<Contribution>.fastDecode(data), "version 2 is read on the fast path")
        #expect(fast.records == records && fast.schemaVersion == 2)
        #expect(try JSONDecoder().decode(MonthFile<Contribution>.self, from: data).records == records)
        var gift = recognition("r-202611-a", "e-anna", "2026-11-04", for: [])
        gift.kind = .gift
        gift.amount = Euros(cents: 2500)
        let recognitionData = DataStore.encode(MonthFile(month: "2026-11", records: [gift]))
        #expect(MonthFile<Recognition>.fastDecode(recognitionData)?.records == [gift])
    }

    @Test func leavesEverythingUnusualToJSONDecoder() {
        let good = String(decoding: month([contribution("c-202611-a", "e-anna", "2026-11-02")]), as: UTF8.self)
        let variants = [
            // A version newer than this kartrekker knows (2 is the newest: contact moments, stories).
            good.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 3"),
            good.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 0"),
            good.replacingOccurrences(of: "\"note\":", with: "\"storyCost\": \"12.5\", \"note\":"),
            good.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 1.0"),
            good.replacingOccurrences(of: "\"smile\"", with: "\"party\""),
            good.replacingOccurrences(of: "\"2026-11-02\"", with: "\"2026-11-31\""),
            good.replacingOccurrences(of: "\"note\":", with: "\"extra\": 1, \"note\":"),
            good.replacingOccurrences(of: "\"phone\"", with: "\"ph\\u00\""),
            good.replacingOccurrences(of: "\"phone\"", with: "\"\\ud800\""),
            good + "x",
            String(good.dropLast(10)),
        ]
        for variant in variants {
            #expect(MonthFile<Contribution>.fastDecode(Data(variant.utf8)) == nil, "\(variant.prefix(80))")
        }
        var invalidUTF8 = Data(good.utf8)
        invalidUTF8[invalidUTF8.count / 2] = 0xFF
        #expect(MonthFile<Contribution>.fastDecode(invalidUTF8) == nil)
        #expect(EmployeesFile.fastDecode(Data("[]".utf8)) == nil)
    }

    @Test func agreesOnEveryFileOfJSONTestSuite() throws {
        let files = try jsonTestSuite()
        for file in files {
            let data = try Data(contentsOf: file)
            if let fast = MonthFile<Contribution>.fastDecode(data) {
                let reference = try? JSONDecoder().decode(MonthFile<Contribution>.self, from: data)
                #expect(reference?.records == fast.records, "\(file.lastPathComponent)")
            }
            if let fast = EmployeesFile.fastDecode(data) {
                let reference = try? JSONDecoder().decode(EmployeesFile.self, from: data)
                #expect(reference?.employees == fast.employees, "\(file.lastPathComponent)")
            }
        }
    }

    /// A month file as the store writes it, with every field and character the records can
    /// hold: the base of the mutations below.
    func realMonth() -> Data {
        let notes = ["Lekkage bij mevrouw Jansen verholpen", "Quote \" and backslash \\ in één note", "李 😀 e\u{301}",
                     "tab\there", "Bewonersavond: 12 mensen / 3 vragen"]
        var records: [Contribution] = []
        for index in 0..<24 {
            var record = contribution("c-202611-\(index)", "e-\(index % 5)", "2026-11-\(String(format: "%02d", index + 1))",
                                      KartrekkerCore.Category.allCases[index % 6])
            record.note = notes[index % notes.count]
            record.values = index % 3 == 0 ? [] : ["betrokken", "samen"].suffix(index % 3)
            record.channel = index % 4 == 0 ? nil : Channel.allCases[index % Channel.allCases.count]
            record.project = index % 5 == 0 ? "Project Oost" : nil
            record.ideaStatus = record.category == .idea ? IdeaStatus.allCases[index % 4] : nil
            records.append(record)
        }
        return month(records)
    }

    /// Real month files changed a byte at a time (inserted, replaced, removed) the ways a hand
    /// edit or damage changes them: whenever the fast reader accepts one, `JSONDecoder` gives
    /// the same records; whatever it leaves, the store's decoding answers as `JSONDecoder` does.
    @Test func agreesWithJSONDecoderOnMutatedRealMonthFiles() throws {
        let base = [UInt8](realMonth())
        let pieces: [[UInt8]] = [[0x20], [0x0A], Array("\"".utf8), Array("\\".utf8), Array(",".utf8), Array("}".utf8),
                                 Array("]".utf8), Array("0".utf8), Array("a".utf8), [0xFF], Array("\\u00e9".utf8),
                                 Array("null".utf8), Array("1e2".utf8), [0xC3, 0xA9]]
        var random = SplitMix(seed: 20261206)
        var acceptedByFast = 0
        var acceptedByReference = 0
        for _ in 0..<1500 {
            var bytes = base
            let position = Int(random.next() % UInt64(bytes.count))
            let piece = pieces[Int(random.next() % UInt64(pieces.count))]
            switch random.next() % 3 {
            case 0: bytes.insert(contentsOf: piece, at: position)
            case 1: bytes.replaceSubrange(position..<min(bytes.count, position + piece.count), with: piece)
            default: bytes.remove(at: position)
            }
            let data = Data(bytes)
            let reference = try? JSONDecoder().decode(MonthFile<Contribution>.self, from: data)
            if reference != nil { acceptedByReference += 1 }
            if let fast = MonthFile<Contribution>.fastDecode(data) {
                acceptedByFast += 1
                #expect(reference?.records == fast.records && reference?.month == fast.month,
                        "at \(position): \(String(decoding: bytes[max(0, position - 20)..<min(bytes.count, position + 20)], as: UTF8.self))")
            }
            let decoded = try? DataDecoding.decode(MonthFile<Contribution>.self, from: data, file: "contributions/2026-11.json")
            #expect(decoded?.records == reference?.records)
        }
        // The mutations reach both sides of the question: files both readers take (white space,
        // a changed letter in a note) and files they refuse.
        #expect(acceptedByFast > 100 && acceptedByReference > acceptedByFast / 2 && acceptedByFast < 1500,
                "fast \(acceptedByFast), JSONDecoder \(acceptedByReference)")
    }
}

/// A small seeded generator, so that a failure names a mutation that happens again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
