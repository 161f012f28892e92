import Foundation
import KartrekkerCore

/// `employees.json` as a small binary file in the user's cache folder, keyed by the file's
/// signature: every command reads the employees, and a thousand of them decode from this in a
/// fraction of the JSON's time. Written only after the JSON was read and found sound; a file
/// that is stale, damaged or made by another format is not believed (the JSON is read again).
enum EmployeeIndex {
    static let magic: [UInt8] = Array("KTE2".utf8)
    static let fileName = "employees.bin"

    static func encoded(_ file: EmployeesFile, token: String) -> Data {
        var out = SummaryWriter()
        out.bytes(magic)
        out.string(token)
        out.int(file.schemaVersion)
        out.int(file.employees.count)
        for person in file.employees {
            out.string(person.id)
            out.string(person.name)
            out.string(person.team)
            // A missing role or e-mail is told from an empty one by a flag.
            out.int((person.role == nil ? 0 : 1) | (person.email == nil ? 0 : 2) | (person.archived ? 4 : 0)
                    | (person.onBoard ? 0 : 8) | (person.praise == .private ? 16 : 0))
            out.string(person.role ?? "")
            out.string(person.email ?? "")
            out.int(person.startDate?.dayNumber ?? Int(Int32.min))
        }
        return out.sealed()
    }

    static func decoded(_ data: Data, token: String) -> EmployeesFile? {
        guard var input = SummaryReader(sealed: data), input.bytes(magic.count) == magic, input.string() == token,
              let version = input.int(), let count = input.int(), count >= 0, count <= 1 << 22 else { return nil }
        var employees: [Employee] = []
        employees.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = input.string(), let name = input.string(), let team = input.string(), let flags = input.int(),
                  let role = input.string(), let email = input.string(), let day = input.int() else { return nil }
            employees.append(Employee(id: id, name: name, team: team, role: flags & 1 != 0 ? role : nil,
                                      email: flags & 2 != 0 ? email : nil,
                                      startDate: day == Int(Int32.min) ? nil : CalendarDate(dayNumber: day), archived: flags & 4 != 0,
                                      onBoard: flags & 8 == 0, praise: flags & 16 != 0 ? .private : .public))
        }
        guard input.atEnd else { return nil }
        var file = EmployeesFile(employees: [])
        file.schemaVersion = version
        file.employees = employees
        return file
    }
}
