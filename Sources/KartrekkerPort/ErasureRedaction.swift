import KartrekkerCore

/// What an erasure does to other people's records, the same in every store: every text field
/// that names the person (a name, team, role or e-mail address, a note, project, story, reason or message,
/// who recorded it) has the name, id or e-mail address replaced, a value tag that names them
/// becomes "erased", and each change is counted as a mention.
public struct ErasureRedaction {
    private let redactor: Redactor
    /// How many fields named the person.
    public private(set) var mentions = 0

    public init(of employee: Employee) {
        redactor = Redactor(name: employee.name, id: employee.id, email: employee.email)
    }

    private mutating func redacted(_ text: String) -> String {
        let (result, changed) = redactor.redact(text)
        if changed { mentions += 1 }
        return result
    }

    public mutating func employee(_ other: Employee) -> Employee {
        var copy = other
        copy.name = redacted(other.name)
        copy.team = redacted(other.team)
        copy.role = other.role.map { redacted($0) }
        copy.email = other.email.map { redacted($0) }
        return copy
    }

    public mutating func contribution(_ record: Contribution) -> Contribution {
        var copy = record
        copy.note = redacted(record.note)
        copy.project = record.project.map { redacted($0) }
        if let story = record.story {
            copy.story = SmileStory(problem: story.problem.map { redacted($0) }, action: story.action.map { redacted($0) },
                                    cost: story.cost, outcome: story.outcome.map { redacted($0) })
        }
        copy.declineReason = record.declineReason.map { redacted($0) }
        // The erased person no longer shares the credit of anyone's contribution.
        copy.with = record.with.filter { !redactor.isThePerson($0) }
        if copy.with != record.with { mentions += 1 }
        copy.values = record.values.map { redactor.mentions($0) ? "erased" : $0 }
        if copy.values != record.values { mentions += 1 }
        copy.recordedBy = redacted(record.recordedBy)
        return copy
    }

    public mutating func recognition(_ record: Recognition) -> Recognition {
        var copy = record
        copy.message = redacted(record.message)
        copy.recordedBy = redacted(record.recordedBy)
        return copy
    }

    /// Whether `text` holds any trace of the person (a backup that must go whole).
    public func mentions(_ text: String) -> Bool {
        redactor.mentions(text)
    }
}
