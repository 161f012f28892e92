import KartrekkerCore

/// The two kinds of record about an employee's work.
public enum RecordKind: String, Sendable, CaseIterable {
    case contribution, recognition

    /// "contributions", "recognitions": the contract's name for a list of them.
    public var plural: String { rawValue + "s" }
}

/// A record about one employee on one day: a contribution or a recognition. Every store keeps
/// both kinds and is asked for either by its type.
public protocol DatedRecord: Codable, Sendable, Identifiable, StoredShape where ID == String {
    static var recordKind: RecordKind { get }
    var date: CalendarDate { get }
    var employeeId: String { get }
    /// Whether it holds a field that version 1 of the data files lacks.
    var needsVersion2: Bool { get }
}

extension Contribution: DatedRecord {
    public static var recordKind: RecordKind { .contribution }
}

extension Recognition: DatedRecord {
    public static var recordKind: RecordKind { .recognition }
}
