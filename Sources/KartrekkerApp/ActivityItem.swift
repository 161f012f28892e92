import Foundation
import KartrekkerCore

/// One line of activity: a contribution or a recognition, with the employee it is about.
public struct ActivityItem: Sendable, Identifiable {
    public enum Record: Sendable {
        case contribution(Contribution)
        case recognition(Recognition)
    }

    public let record: Record
    /// `nil` when the record names an employee that is not in the employees file.
    public let employee: Employee?

    public var id: String {
        switch record {
        case .contribution(let c): c.id
        case .recognition(let r): r.id
        }
    }

    public var employeeId: String {
        switch record {
        case .contribution(let c): c.employeeId
        case .recognition(let r): r.employeeId
        }
    }

    public var date: CalendarDate {
        switch record {
        case .contribution(let c): c.date
        case .recognition(let r): r.date
        }
    }

    public var recordedAt: Date {
        switch record {
        case .contribution(let c): c.recordedAt
        case .recognition(let r): r.recordedAt
        }
    }

    /// Newest first: by date, then when recorded, then id — the order of every list.
    public static func isNewer(_ a: ActivityItem, than b: ActivityItem) -> Bool {
        (a.date, a.recordedAt, a.id) > (b.date, b.recordedAt, b.id)
    }
}
