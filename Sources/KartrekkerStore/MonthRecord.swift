import KartrekkerCore

/// A record kept in one file per month of its date.
public protocol MonthRecord: Codable, Sendable, Identifiable, StoredShape where ID == String {
    /// The folder of the data directory that holds this kind's month files.
    static var folder: String { get }
    var date: CalendarDate { get }
    var employeeId: String { get }
}

extension Contribution: MonthRecord {
    public static var folder: String { "contributions" }
}

extension Recognition: MonthRecord {
    public static var folder: String { "recognitions" }
}
