import Foundation
@testable import KartrekkerCore

/// Small builders so each test states only what matters to it.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { fatalError("bad test date \(text)") }
    return date
}

func person(_ id: String, _ name: String, team: String = "Klantcontact", archived: Bool = false) -> Employee {
    Employee(id: id, name: name, team: team, archived: archived)
}

private let instant = Date(timeIntervalSince1970: 1_790_000_000)

func contribution(_ employeeID: String, _ date: String, _ category: KartrekkerCore.Category = .goal,
                  values: [String] = [], status: IdeaStatus? = nil, id: String? = nil) -> Contribution {
    Contribution(id: id ?? "c-\(employeeID)-\(date)-\(category.rawValue)-\(UUID().uuidString.prefix(4))",
                 employeeId: employeeID, date: day(date), category: category,
                 note: "note", values: values, ideaStatus: status, recordedBy: "test", recordedAt: instant)
}

func recognition(_ employeeID: String, _ date: String, kind: RecognitionKind = .thanks) -> Recognition {
    Recognition(id: "r-\(employeeID)-\(date)-\(UUID().uuidString.prefix(4))", employeeId: employeeID, date: day(date),
                kind: kind, message: "thanks", recordedBy: "test", recordedAt: instant)
}

/// `n` contributions of `category` for one employee on one date.
func contributions(_ employeeID: String, _ date: String, _ category: KartrekkerCore.Category, count: Int) -> [Contribution] {
    (0..<count).map { _ in contribution(employeeID, date, category) }
}
