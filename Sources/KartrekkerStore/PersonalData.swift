import Foundation
import KartrekkerCore

/// Everything kept about one person (art. 15 and 20 AVG), as one JSON value in the contract's
/// shapes, the same from every store: `{exportedAt, employee, contributions, recognitions,
/// mentions, recorded}` — their own records and those they received, the records and
/// colleagues' entries whose text names them (by name, id or e-mail address), and what they
/// recorded themselves. What it lists is exactly what an erasure removes (their own) or
/// redacts (the rest).
public enum PersonalData {
    /// Other people's entries that concern the person.
    public struct Others: Sendable {
        public var employees: [Employee] = []
        public var contributions: [Contribution] = []
        public var recognitions: [Recognition] = []

        public init() {}
    }

    public static func export(_ employee: Employee, contributions: [Contribution], recognitions: [Recognition],
                              mentions: Others = Others(), recorded: Others = Others(), at now: Date) -> OutputValue {
        .object([
            .init("exportedAt", .string(Instant(now).description)),
            .init("employee", OutputShape.employee(employee)),
            .init("contributions", .array(contributions.map(OutputShape.contribution))),
            .init("recognitions", .array(recognitions.map(OutputShape.recognition))),
            .init("mentions", .object([
                .init("employees", .array(mentions.employees.map(OutputShape.employee))),
                .init("contributions", .array(mentions.contributions.map(OutputShape.contribution))),
                .init("recognitions", .array(mentions.recognitions.map(OutputShape.recognition))),
            ])),
            .init("recorded", .object([
                .init("contributions", .array(recorded.contributions.map(OutputShape.contribution))),
                .init("recognitions", .array(recorded.recognitions.map(OutputShape.recognition))),
            ])),
        ])
    }
}
