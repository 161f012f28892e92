import Foundation
import KartrekkerCore
import KartrekkerPort

/// Everything kept about one person (art. 15 and 20 AVG), as one JSON value, the same from
/// every store: `{exportedAt, employee, contributions, recognitions, mentions, recorded}` —
/// their own records and those they received; under `mentions` each text in a colleague's
/// entry or record that names them (by name, id or e-mail address), with where it stands; and
/// under `recorded` what they recorded themselves (a team lead), by record, kind and moment.
/// Nothing that identifies anyone else is in it (no colleague's id or name beyond the text
/// that names the person). What it lists is exactly what an erasure removes (their own) or
/// redacts (the rest).
public enum PersonalData {
    /// A text of someone else's entry that names the person.
    public struct Mention: Sendable, Equatable {
        /// `contribution`, `recognition` or `employee`.
        public let kind: String
        /// The record's id; `nil` for a colleague's entry (their id is theirs).
        public let id: String?
        public let date: CalendarDate?
        public let field: String
        public let text: String

        public init(kind: String, id: String?, date: CalendarDate?, field: String, text: String) {
            self.kind = kind
            self.id = id
            self.date = date
            self.field = field
            self.text = text
        }
    }

    /// Mentions of the person in a record of someone else's.
    public static func mentions(in contribution: Contribution, by redaction: ErasureRedaction) -> [Mention] {
        let fields: [(String, String)] = [("note", contribution.note)] + (contribution.project.map { [("project", $0)] } ?? [])
            + contribution.values.map { ("values", $0) }
        return fields.filter { redaction.mentions($0.1) }.map {
            Mention(kind: "contribution", id: contribution.id, date: contribution.date, field: $0.0, text: $0.1)
        }
    }

    public static func mentions(in recognition: Recognition, by redaction: ErasureRedaction) -> [Mention] {
        redaction.mentions(recognition.message)
            ? [Mention(kind: "recognition", id: recognition.id, date: recognition.date, field: "message", text: recognition.message)] : []
    }

    public static func mentions(in employee: Employee, by redaction: ErasureRedaction) -> [Mention] {
        let fields: [(String, String?)] = [("name", employee.name), ("team", employee.team), ("role", employee.role), ("email", employee.email)]
        return fields.compactMap { field, text in
            guard let text, redaction.mentions(text) else { return nil }
            return Mention(kind: "employee", id: nil, date: nil, field: field, text: text)
        }
    }

    public static func export(_ employee: Employee, contributions: [Contribution], recognitions: [Recognition],
                              mentions: [Mention] = [], recorded: (contributions: [Contribution], recognitions: [Recognition]) = ([], []),
                              at now: Date) -> OutputValue {
        let recordedEntries = recorded.contributions.map { record in
            OutputValue.object([.init("in", .string("contribution")), .init("id", .string(record.id)), .init("date", .string(record.date.description)),
                                .init("category", .string(record.category.rawValue)), .init("recordedAt", .string(Instant(record.recordedAt).description))])
        } + recorded.recognitions.map { record in
            OutputValue.object([.init("in", .string("recognition")), .init("id", .string(record.id)), .init("date", .string(record.date.description)),
                                .init("kind", .string(record.kind.rawValue)), .init("recordedAt", .string(Instant(record.recordedAt).description))])
        }
        return .object([
            .init("exportedAt", .string(Instant(now).description)),
            .init("employee", OutputShape.employee(employee)),
            .init("wishes", OutputShape.wishes(employee)),
            .init("contributions", .array(contributions.map(OutputShape.contribution))),
            .init("recognitions", .array(recognitions.map(OutputShape.recognition))),
            .init("mentions", .array(mentions.map { mention in
                .object([.init("in", .string(mention.kind)), .init("id", .optional(mention.id)), .init("date", .optional(mention.date?.description)),
                         .init("field", .string(mention.field)), .init("text", .string(mention.text))])
            })),
            .init("recorded", .array(recordedEntries)),
        ])
    }
}
