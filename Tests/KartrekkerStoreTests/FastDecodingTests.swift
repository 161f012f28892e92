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

    @Test func leavesEverythingUnusualToJSONDecoder() {
        let good = String(decoding: month([contribution("c-202611-a", "e-anna", "2026-11-02")]), as: UTF8.self)
        let variants = [
            good.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2"),
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
}
