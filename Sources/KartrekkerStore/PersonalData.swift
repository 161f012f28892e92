import Foundation
import KartrekkerCore

/// Everything kept about one person, as one JSON value in the contract's shapes —
/// `{exportedAt, employee, contributions, recognitions}` — the same from every store.
public enum PersonalData {
    public static func export(_ employee: Employee, contributions: [Contribution], recognitions: [Recognition],
                              at now: Date) -> OutputValue {
        .object([
            .init("exportedAt", .string(Instant(now).description)),
            .init("employee", OutputShape.employee(employee)),
            .init("contributions", .array(contributions.map(OutputShape.contribution))),
            .init("recognitions", .array(recognitions.map(OutputShape.recognition))),
        ])
    }
}
