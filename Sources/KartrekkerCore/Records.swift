import Foundation

/// Builds new records from what a user typed, applying every rule of the contract:
/// trimming, lengths, refused characters, no future dates, no records for archived employees.
public enum Records {
    public static func employee(id: String, name: String, team: String, role: String? = nil, email: String? = nil,
                                startDate: CalendarDate? = nil) throws -> Employee {
        Employee(id: id,
                 name: try Validation.name(name, field: .name),
                 team: try Validation.name(team, field: .team),
                 role: try Validation.optionalText(role, field: .role, maxLength: Validation.maxNameLength),
                 email: try Validation.email(email),
                 startDate: startDate)
    }

    /// `employee` with the given fields changed; `nil` leaves a field as it is, an empty role or
    /// email clears it.
    public static func edited(_ employee: Employee, name: String? = nil, team: String? = nil, role: String? = nil,
                              email: String? = nil, startDate: CalendarDate? = nil) throws -> Employee {
        var result = employee
        if let name { result.name = try Validation.name(name, field: .name) }
        if let team { result.team = try Validation.name(team, field: .team) }
        if let role { result.role = try Validation.optionalText(role, field: .role, maxLength: Validation.maxNameLength) }
        if let email { result.email = try Validation.email(email) }
        if let startDate { result.startDate = startDate }
        return result
    }

    public static func contribution(id: String, employee: Employee, date: CalendarDate, category: Category,
                                    note: String, channel: Channel? = nil, values: [String] = [],
                                    project: String? = nil, ideaStatus: IdeaStatus? = nil, contactMoment: ContactMoment? = nil,
                                    story: SmileStory? = nil, declineReason: String? = nil, with: [String] = [],
                                    today: CalendarDate, recordedBy: String, recordedAt: Date) throws -> Contribution {
        try requireActive(employee, for: "contribution")
        if let ideaStatus, category != .idea {
            throw KartrekkerError("a \(category.rawValue) has no idea status (\(ideaStatus.rawValue)); only ideas have one",
                                  nl: "een \(category.rawValue) heeft geen status (\(ideaStatus.rawValue)); alleen ideeën hebben er een", field: .ideaStatus)
        }
        try Validation.pastOrToday(date, today: today)
        try requireStarted(employee, by: date)
        return Contribution(
            id: id, employeeId: employee.id, date: date, category: category,
            note: try Validation.requiredText(note, field: .note, maxLength: Validation.maxTextLength),
            channel: channel, values: try Validation.valueTags(values),
            project: try Validation.optionalText(project, field: .project, maxLength: Validation.maxNameLength),
            ideaStatus: category == .idea ? (ideaStatus ?? .proposed) : nil, contactMoment: contactMoment,
            story: try Records.story(story, category: category),
            declineReason: try Records.declineReason(declineReason, status: category == .idea ? (ideaStatus ?? .proposed) : nil),
            with: with, recordedBy: recordedBy, recordedAt: recordedAt)
    }

    /// A story as told, trimmed and checked part by part; `nil` when nothing is told. Only a
    /// smile or a step beyond carries one.
    public static func story(_ raw: SmileStory?, category: Category) throws -> SmileStory? {
        guard let raw else { return nil }
        let story = SmileStory(
            problem: try Validation.optionalText(raw.problem, field: .storyProblem, maxLength: Validation.maxTextLength),
            action: try Validation.optionalText(raw.action, field: .storyAction, maxLength: Validation.maxTextLength),
            cost: raw.cost,
            outcome: try Validation.optionalText(raw.outcome, field: .storyOutcome, maxLength: Validation.maxTextLength))
        guard !story.isEmpty else { return nil }
        guard SmileStory.categories.contains(category) else {
            throw KartrekkerError("a \(category.rawValue) carries no story; only a smile or a beyond does",
                                  nl: "een \(category.rawValue) heeft geen verhaal; alleen een smile of een stap extra", field: .storyProblem)
        }
        return story
    }

    /// A decline's reason, trimmed and checked; only a declined idea has one.
    public static func declineReason(_ raw: String?, status: IdeaStatus?) throws -> String? {
        guard let reason = try Validation.optionalText(raw, field: .declineReason, maxLength: Validation.maxTextLength) else { return nil }
        guard status == .declined else {
            throw KartrekkerError("a reason is given only when an idea is declined",
                                  nl: "een reden hoort alleen bij een afgewezen idee", field: .declineReason)
        }
        return reason
    }

    /// An amount, which only a gift or a bonus carries.
    public static func amount(_ amount: Euros?, kind: RecognitionKind) throws -> Euros? {
        guard let amount, amount.cents > 0 else { return nil }
        guard kind == .gift || kind == .bonus else {
            throw KartrekkerError("a \(kind.rawValue) carries no amount; only a gift or a bonus does",
                                  nl: "een \(kind.rawValue) heeft geen bedrag; alleen een cadeau of een bonus", field: .amount)
        }
        return amount
    }

    /// `contributions` are the records the recognition is for; each must be the employee's own
    /// and dated on or before the recognition.
    public static func recognition(id: String, employee: Employee, date: CalendarDate, kind: RecognitionKind,
                                   message: String, contributions: [Contribution] = [],
                                   visibility: Visibility = .public, amount: Euros? = nil, today: CalendarDate, recordedBy: String,
                                   recordedAt: Date) throws -> Recognition {
        try requireActive(employee, for: "recognition")
        try Validation.pastOrToday(date, today: today)
        try requireStarted(employee, by: date)
        let text = try Validation.requiredText(message, field: .message, maxLength: Validation.maxTextLength)
        var ids: [String] = []
        for contribution in contributions {
            guard contribution.employeeId == employee.id else {
                throw KartrekkerError("contribution \(contribution.id) is not \(SafeText.escaped(employee.name))'s; a recognition is for the employee's own contributions",
                                      nl: "bijdrage \(contribution.id) is niet van \(SafeText.escaped(employee.name)); een waardering is voor eigen bijdragen",
                                      field: .contributions)
            }
            guard contribution.date <= date else {
                throw KartrekkerError("contribution \(contribution.id) is dated \(contribution.date), after the recognition (\(date))",
                                      nl: "bijdrage \(contribution.id) is van \(contribution.date), na de waardering (\(date))", field: .contributions)
            }
            if !ids.contains(contribution.id) { ids.append(contribution.id) }
        }
        return Recognition(id: id, employeeId: employee.id, date: date, kind: kind, message: text,
                           contributionIds: ids, visibility: visibility, amount: try Records.amount(amount, kind: kind),
                           recordedBy: recordedBy, recordedAt: recordedAt)
    }

    /// `contribution` corrected: the fields given change (`nil` leaves one as it is; an empty
    /// project clears it), with the rules of a new contribution. A new category that is not an
    /// idea drops the idea status; one that becomes an idea starts as proposed.
    public static func editedContribution(_ contribution: Contribution, date: CalendarDate? = nil, category: Category? = nil,
                                          note: String? = nil, channel: Channel?? = nil, values: [String]? = nil,
                                          project: String? = nil, ideaStatus: IdeaStatus? = nil,
                                          contactMoment: ContactMoment?? = nil, story: SmileStory?? = nil,
                                          declineReason: String? = nil, today: CalendarDate) throws -> Contribution {
        var result = contribution
        if let date {
            try Validation.pastOrToday(date, today: today)
            result.date = date
        }
        if let category {
            result.category = category
            result.ideaStatus = category == .idea ? (contribution.ideaStatus ?? .proposed) : nil
        }
        if let note { result.note = try Validation.requiredText(note, field: .note, maxLength: Validation.maxTextLength) }
        if let channel { result.channel = channel }
        if let values { result.values = try Validation.valueTags(values) }
        if let project {
            result.project = try Validation.optionalText(project, field: .project, maxLength: Validation.maxNameLength)
        }
        if let ideaStatus { result = try withStatus(result, ideaStatus) }
        if let contactMoment { result.contactMoment = contactMoment }
        if let story { result.story = try Records.story(story, category: result.category) }
        if result.story != nil, !SmileStory.categories.contains(result.category) { result.story = nil }
        if let declineReason { result.declineReason = try Records.declineReason(declineReason, status: result.ideaStatus) }
        if result.ideaStatus != .declined { result.declineReason = nil }
        return result
    }

    /// `recognition` corrected: the fields given change, with the rules of a new recognition.
    /// `contributions` are what it is for afterwards (the employee's own, dated on or before
    /// it, also when only its date changes).
    public static func editedRecognition(_ recognition: Recognition, employee: Employee, date: CalendarDate? = nil,
                                         kind: RecognitionKind? = nil, message: String? = nil,
                                         contributions: [Contribution], visibility: Visibility? = nil,
                                         amount: Euros?? = nil, today: CalendarDate) throws -> Recognition {
        var result = recognition
        if let date {
            try Validation.pastOrToday(date, today: today)
            result.date = date
        }
        if let kind { result.kind = kind }
        if let message {
            result.message = try Validation.requiredText(message, field: .message, maxLength: Validation.maxTextLength)
        }
        if let visibility { result.visibility = visibility }
        if let amount { result.amount = amount }
        if result.amount != nil { result.amount = try Records.amount(result.amount, kind: result.kind) }
        var ids: [String] = []
        for contribution in contributions {
            guard contribution.employeeId == employee.id else {
                throw KartrekkerError("contribution \(contribution.id) is not \(SafeText.escaped(employee.name))'s; a recognition is for the employee's own contributions",
                                      nl: "bijdrage \(contribution.id) is niet van \(SafeText.escaped(employee.name)); een waardering is voor eigen bijdragen",
                                      field: .contributions)
            }
            guard contribution.date <= result.date else {
                throw KartrekkerError("contribution \(contribution.id) is dated \(contribution.date), after the recognition (\(result.date))",
                                      nl: "bijdrage \(contribution.id) is van \(contribution.date), na de waardering (\(result.date))", field: .contributions)
            }
            if !ids.contains(contribution.id) { ids.append(contribution.id) }
        }
        result.contributionIds = ids
        return result
    }

    /// The idea with its status changed; other categories have no status.
    /// A decline may say why; any other status drops an earlier decline's reason.
    public static func withStatus(_ contribution: Contribution, _ status: IdeaStatus, reason: String? = nil) throws -> Contribution {
        guard contribution.category == .idea else {
            throw KartrekkerError("contribution \(contribution.id) is a \(contribution.category.rawValue), not an idea; only ideas have a status",
                                  nl: "bijdrage \(contribution.id) is een \(contribution.category.rawValue), geen idee; alleen ideeën hebben een status",
                                  field: .ideaStatus)
        }
        var result = contribution
        result.ideaStatus = status
        result.declineReason = try Records.declineReason(reason, status: status) ?? (status == .declined ? contribution.declineReason : nil)
        return result
    }

    /// Nothing can be recorded for the days before someone started.
    private static func requireStarted(_ employee: Employee, by date: CalendarDate) throws {
        guard let start = employee.startDate, date < start else { return }
        throw KartrekkerError("date \(date) is before \(SafeText.escaped(employee.name)) started (\(start))",
                              nl: "datum \(date) ligt voor de indiensttreding van \(SafeText.escaped(employee.name)) (\(start))", field: .date)
    }

    private static func requireActive(_ employee: Employee, for record: String) throws {
        guard !employee.archived else {
            let dutchRecord = record == "contribution" ? "bijdrage" : "waardering"
            throw KartrekkerError("\(SafeText.escaped(employee.name)) (\(employee.id)) is archived; restore them before adding a \(record)",
                                  nl: "\(SafeText.escaped(employee.name)) (\(employee.id)) is gearchiveerd; zet die terug voor je een \(dutchRecord) toevoegt",
                                  field: .employee)
        }
    }
}
