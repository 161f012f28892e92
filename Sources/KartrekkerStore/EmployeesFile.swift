import KartrekkerCore

/// `employees.json`: every employee, archived ones included, ordered by id.
struct EmployeesFile: Codable {
    var schemaVersion: Int
    var employees: [Employee]

    init(employees: [Employee]) {
        schemaVersion = SchemaVersion.current
        self.employees = employees.sorted { $0.id < $1.id }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, employees
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        employees = try c.decode([Employee].self, forKey: .employees)
    }
}

extension EmployeesFile: StoredShape {
    var storedValue: OutputValue {
        .object([.init("schemaVersion", .int(schemaVersion)), .init("employees", .array(employees.map(\.storedValue)))])
    }
}
