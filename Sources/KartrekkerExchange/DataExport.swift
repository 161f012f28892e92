import Foundation
import KartrekkerCore

/// The whole data set as files: four CSV files (header = the JSON keys, lists joined with
/// `;`) or one JSON file, in the contract's shapes and in the order the list commands print;
/// beside them each person's wishes (on the boards, praise in public or private).
public struct DataExport: Sendable {
    public let employees: [Employee]
    public let contributions: [Contribution]
    public let recognitions: [Recognition]

    public static let jsonFileName = "kartrekker.json"
    public static let csvFileNames = ["employees.csv", "contributions.csv", "recognitions.csv", "wishes.csv"]

    public init(employees: [Employee], contributions: [Contribution], recognitions: [Recognition]) {
        self.employees = EmployeeDirectory(employees).sortedByName
        self.contributions = Ordering.newestFirst(contributions)
        self.recognitions = Ordering.newestFirst(recognitions)
    }

    /// The CSV files by name. Data is written as it is (these are files, not a terminal).
    public func csvFiles(dialect: CSVTable.Dialect = .rfc4180) -> [(name: String, contents: String)] {
        [
            ("employees.csv", CSVTable.string(keys: OutputShape.employeeKeys, records: employees.map(OutputShape.employee),
                                              escapingForTerminal: false, dialect: dialect)),
            ("contributions.csv", CSVTable.string(keys: OutputShape.contributionColumns(withExtras: contributions.contains(where: \.needsVersion2)),
                                                  records: contributions.map(OutputShape.contribution), escapingForTerminal: false,
                                                  dialect: dialect)),
            ("recognitions.csv", CSVTable.string(keys: OutputShape.recognitionColumns(withExtras: recognitions.contains(where: \.needsVersion2)),
                                                 records: recognitions.map(OutputShape.recognition), escapingForTerminal: false,
                                                 dialect: dialect)),
            ("wishes.csv", CSVTable.string(keys: OutputShape.wishesKeys, records: employees.map(OutputShape.wishes),
                                           escapingForTerminal: false, dialect: dialect)),
        ]
    }

    /// One JSON document: `{exportedAt, employees, contributions, recognitions, wishes}`.
    public func json(exportedAt: Date) -> String {
        JSONWriter.string(.object([
            .init("exportedAt", .string(Instant(exportedAt).description)),
            .init("employees", .array(employees.map(OutputShape.employee))),
            .init("contributions", .array(contributions.map(OutputShape.contribution))),
            .init("recognitions", .array(recognitions.map(OutputShape.recognition))),
            .init("wishes", .array(employees.map(OutputShape.wishes))),
        ])) + "\n"
    }
}
