import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// A form over a screen: what it records or corrects, its fields (contract §5 order), and
/// how its values become a draft for the application layer.
struct RecordForm: Sendable {
    enum Purpose: Equatable, Sendable {
        case log
        case recognize
        case addEmployee
        case editEmployee(String)
        case editContribution(String)
        case editRecognition(String)
        case ideaStatus(String)
        case residentScore
    }

    /// Field ids are Core's names of the fields (`RecordField`), so that an error Core raises
    /// about a field marks it; labels come from the string table.
    enum Field {
        static let employee = id(.employee), category = id(.category), date = id(.date), note = id(.note)
        static let channel = id(.channel), values = id(.values), project = id(.project), ideaStatus = id(.ideaStatus)
        static let kind = id(.kind), message = id(.message), contributions = id(.contributions)
        static let visibility = id(.visibility), name = id(.name), team = id(.team), role = id(.role)
        static let email = id(.email), start = id(.startDate)
        static let contactMoment = id(.contactMoment), storyProblem = id(.storyProblem), storyAction = id(.storyAction)
        static let storyCost = id(.storyCost), storyOutcome = id(.storyOutcome), declineReason = id(.declineReason)
        static let amount = id(.amount)
        /// Who shares the credit (one person, picked as the employee is).
        static let with = "with"
        /// A residents' score's (Core raises no error about them by field).
        static let quarter = "quarter", score = "score", scoreTeam = "scoreTeam"
        /// The person's wishes (Core raises no error about them).
        static let onBoard = "onBoard", praise = "praise"

        private static func id(_ field: RecordField) -> String { field.rawValue }
    }

    let purpose: Purpose
    var form: Form
    /// Whose recent contributions the "for" checklist offers.
    var optionsFor: String?
    /// The employee a correction is about (the recognition's), where the form has no picker.
    var subject: String?
    /// Saving with the same name as someone else was confirmed.
    var allowDuplicate = false
    /// Who wants praise one-to-one (a recognition's visibility follows the person chosen).
    var praisedPrivately: Set<String> = []
    /// The person the visibility was last set for.
    var visibilityFor: String?

    // MARK: Building

    static func employeePicker(_ employees: [Employee], selected: String?, strings s: Strings) -> FormField {
        let active = EmployeeDirectory(employees).sortedByName.filter { !$0.archived || $0.id == selected }
        var picker = Picker(active.map { Choice(value: $0.id, label: "\($0.name) (\($0.team))") })
        if let selected { picker.select(value: selected) }
        return FormField(s.fieldEmployee, .picker(picker), id: Field.employee)
    }

    /// Someone who shares the credit: none until one is picked.
    static func sharedWithPicker(_ employees: [Employee], strings s: Strings) -> FormField {
        let active = EmployeeDirectory(employees).sortedByName.filter { !$0.archived }
        var picker = Picker(active.map { Choice(value: $0.id, label: "\($0.name) (\($0.team))") })
        picker.noneLabel = s.nobodyElse
        return FormField(s.fieldWith, .picker(picker), id: Field.with)
    }

    static func dateField(_ date: CalendarDate?, today: CalendarDate, strings s: Strings) -> FormField {
        let text = date.map { $0 == today ? s.today : $0.description } ?? s.today
        return FormField(s.fieldDate, .text(TextField(text, maxLength: 10)), id: Field.date)
    }

    static func categoryField(_ category: KartrekkerCore.Category?, strings s: Strings) -> FormField {
        let options = KartrekkerCore.Category.allCases.map { Choice(value: $0.rawValue, label: s.categoryChoice($0)) }
        let index = category.flatMap { KartrekkerCore.Category.allCases.firstIndex(of: $0) }
        return FormField(s.fieldCategory, .choice(ChoiceField(options, selected: index, placeholder: s.chooseCategory)),
                         id: Field.category)
    }

    static func ideaStatusField(_ status: IdeaStatus, strings s: Strings) -> FormField {
        let options = IdeaStatus.allCases.map { Choice(value: $0.rawValue, label: s.ideaStatus($0)) }
        return FormField(s.fieldIdeaStatus, .choice(ChoiceField(options, selected: IdeaStatus.allCases.firstIndex(of: status))),
                         id: Field.ideaStatus)
    }

    static func contactMomentField(_ moment: ContactMoment?, among known: [ContactMoment], strings s: Strings) -> FormField {
        var options = [Choice(value: "", label: s.noChannel)] + known.map { Choice(value: $0.key, label: s.contactMoment($0)) }
        // One no longer in the organisation's list stays what it was.
        if let moment, !known.contains(moment) { options.append(Choice(value: moment.key, label: s.contactMoment(moment))) }
        return FormField(s.fieldContactMoment, .choice(choice(options.map { ($0.value, $0.label) }, selected: moment?.key ?? "")),
                         id: Field.contactMoment)
    }

    /// The story's four parts, after the note of a smile or a step beyond.
    static func storyFields(_ story: SmileStory?, strings s: Strings) -> [FormField] {
        [FormField(s.fieldStoryProblem, .text(TextField(story?.problem ?? "", maxLength: Validation.maxTextLength)), id: Field.storyProblem),
         FormField(s.fieldStoryAction, .text(TextField(story?.action ?? "", maxLength: Validation.maxTextLength)), id: Field.storyAction),
         FormField(s.fieldStoryCost, .text(TextField(story?.cost.map { s.euros($0) } ?? "", maxLength: 14)), id: Field.storyCost),
         FormField(s.fieldStoryOutcome, .text(TextField(story?.outcome ?? "", maxLength: Validation.maxTextLength)), id: Field.storyOutcome)]
    }

    static func declineReasonField(_ reason: String?, strings s: Strings) -> FormField {
        FormField(s.fieldDeclineReason, .text(TextField(reason ?? "", maxLength: Validation.maxTextLength)), id: Field.declineReason)
    }

    static func amountField(_ amount: Euros?, strings s: Strings) -> FormField {
        FormField(s.fieldAmount, .text(TextField(amount.map { s.euros($0) } ?? "", maxLength: 14)), id: Field.amount)
    }

    static func log(employees: [Employee], selected: String?, today: CalendarDate, contactMoments: [ContactMoment] = ContactMoment.builtIn,
                    strings s: Strings) -> RecordForm {
        let channels = [Choice(value: "", label: s.noChannel)] + Channel.allCases.map { Choice(value: $0.rawValue, label: s.channel($0)) }
        var form = Form(title: s.formLog, fields: [
            employeePicker(employees, selected: selected, strings: s),
            categoryField(nil, strings: s),
            dateField(nil, today: today, strings: s),
            FormField(s.fieldNote, .text(TextField(maxLength: Validation.maxTextLength)), id: Field.note),
            FormField(s.fieldChannel, .choice(ChoiceField(channels)), id: Field.channel),
            FormField(s.fieldValues, .text(TextField()), id: Field.values),
            FormField(s.fieldProject, .text(TextField(maxLength: Validation.maxNameLength)), id: Field.project),
            contactMomentField(nil, among: contactMoments, strings: s),
            sharedWithPicker(employees, strings: s),
        ])
        // A form opens on the first field that still needs an answer: opened for someone, that
        // is the category (typing `s` there picks smile rather than joining the name).
        form.focus(selected == nil ? 0 : form.index(of: Field.category) ?? 0)
        return RecordForm(purpose: .log, form: form)
    }

    static func editContribution(_ contribution: Contribution, today: CalendarDate,
                                 contactMoments: [ContactMoment] = ContactMoment.builtIn, strings s: Strings) -> RecordForm {
        let channels = [Choice(value: "", label: s.noChannel)] + Channel.allCases.map { Choice(value: $0.rawValue, label: s.channel($0)) }
        var channel = ChoiceField(channels)
        channel.select(value: contribution.channel?.rawValue ?? "")
        var fields = [
            categoryField(contribution.category, strings: s),
            dateField(contribution.date, today: today, strings: s),
            FormField(s.fieldNote, .text(TextField(contribution.note, maxLength: Validation.maxTextLength)), id: Field.note),
            FormField(s.fieldChannel, .choice(channel), id: Field.channel),
            FormField(s.fieldValues, .text(TextField(contribution.values.joined(separator: ", "))), id: Field.values),
            FormField(s.fieldProject, .text(TextField(contribution.project ?? "", maxLength: Validation.maxNameLength)), id: Field.project),
        ]
        if let status = contribution.ideaStatus { fields.append(ideaStatusField(status, strings: s)) }
        if contribution.ideaStatus == .declined { fields.append(declineReasonField(contribution.declineReason, strings: s)) }
        fields.append(contactMomentField(contribution.contactMoment, among: contactMoments, strings: s))
        if SmileStory.categories.contains(contribution.category) { fields += storyFields(contribution.story, strings: s) }
        return RecordForm(purpose: .editContribution(contribution.id), form: Form(title: s.formEditContribution, fields: fields))
    }

    static func recognize(employees: [Employee], selected: String?, message: String? = nil, linked: [String] = [],
                          today: CalendarDate, strings s: Strings) -> RecordForm {
        var form = Form(title: s.formRecognize, fields: [
            employeePicker(employees, selected: selected, strings: s),
            FormField(s.fieldKind, .choice(ChoiceField(RecognitionKind.allCases.map { Choice(value: $0.rawValue, label: s.recognitionKind($0)) })), id: Field.kind),
            dateField(nil, today: today, strings: s),
            FormField(s.fieldMessage, .text(TextField(message ?? "", maxLength: Validation.maxTextLength)), id: Field.message),
            FormField(s.fieldFor, .checklist(Checklist([], checked: linked, emptyText: s.noRecentContributions), summary: s.chosen(linked.count)),
                      id: Field.contributions),
            FormField(s.fieldVisibility, .choice(ChoiceField([Choice(value: "public", label: s.visibilityPublic),
                                                              Choice(value: "private", label: s.visibilityPrivate)])),
                      id: Field.visibility),
        ])
        // The kind and date have defaults; the message is what a chosen person still needs.
        form.focus(selected == nil ? 0 : form.index(of: Field.message) ?? 0)
        var result = RecordForm(purpose: .recognize, form: form)
        result.praisedPrivately = Set(employees.filter { $0.praise == .private }.map(\.id))
        result.adapt(strings: s)
        return result
    }

    static func editRecognition(_ recognition: Recognition, today: CalendarDate, strings s: Strings) -> RecordForm {
        var kind = ChoiceField(RecognitionKind.allCases.map { Choice(value: $0.rawValue, label: s.recognitionKind($0)) })
        kind.select(value: recognition.kind.rawValue)
        var visibility = ChoiceField([Choice(value: "public", label: s.visibilityPublic), Choice(value: "private", label: s.visibilityPrivate)])
        visibility.select(value: recognition.visibility.rawValue)
        let amount = recognition.kind == .gift || recognition.kind == .bonus ? [amountField(recognition.amount, strings: s)] : []
        let form = Form(title: s.formEditRecognition, fields: [
            FormField(s.fieldKind, .choice(kind), id: Field.kind)] + amount + [
            dateField(recognition.date, today: today, strings: s),
            FormField(s.fieldMessage, .text(TextField(recognition.message, maxLength: Validation.maxTextLength)), id: Field.message),
            FormField(s.fieldFor, .checklist(Checklist([], checked: recognition.contributionIds, emptyText: s.noRecentContributions),
                                             summary: s.chosen(recognition.contributionIds.count)), id: Field.contributions),
            FormField(s.fieldVisibility, .choice(visibility), id: Field.visibility),
        ])
        var result = RecordForm(purpose: .editRecognition(recognition.id), form: form)
        result.subject = recognition.employeeId
        return result
    }

    static func employee(_ employee: Employee?, teams: [String], strings s: Strings) -> RecordForm {
        var team = Picker(teams.map(Choice.init))
        team.newItemHint = s.newTeamHint
        if let current = employee?.team { team.select(value: current) }
        let form = Form(title: employee == nil ? s.formAddEmployee : s.formEditEmployee, fields: [
            FormField(s.fieldName, .text(TextField(employee?.name ?? "", maxLength: Validation.maxNameLength)), id: Field.name),
            FormField(s.fieldTeam, .picker(team), id: Field.team),
            FormField(s.fieldRole, .text(TextField(employee?.role ?? "", maxLength: Validation.maxNameLength)), id: Field.role),
            FormField(s.fieldEmail, .text(TextField(employee?.email ?? "", maxLength: Validation.maxNameLength)), id: Field.email),
            FormField(s.fieldStart, .text(TextField(employee?.startDate?.description ?? "", maxLength: 10)), id: Field.start),
            FormField(s.fieldOnBoard, .choice(choice([("on", s.onBoardYes), ("off", s.onBoardNo)],
                                                     selected: employee?.onBoard == false ? "off" : "on")), id: Field.onBoard),
            FormField(s.fieldPraise, .choice(choice([(Visibility.public.rawValue, s.praisePublic), (Visibility.private.rawValue, s.praisePrivate)],
                                                    selected: (employee?.praise ?? .public).rawValue)), id: Field.praise),
        ])
        return RecordForm(purpose: employee.map { .editEmployee($0.id) } ?? .addEmployee, form: form)
    }

    private static func choice(_ options: [(String, String)], selected: String) -> ChoiceField {
        var field = ChoiceField(options.map { Choice(value: $0.0, label: $0.1) })
        field.select(value: selected)
        return field
    }

    static func residentScore(moment: String?, team: String?, moments: [ContactMoment], teams: [String], today: CalendarDate,
                              strings s: Strings) -> RecordForm {
        let momentChoices = moments.map { ($0.key, s.contactMoment($0)) }
        let teamChoices = [("", s.wholeOrganisation)] + teams.map { ($0, $0) }
        var form = Form(title: s.formResidentScore, fields: [
            FormField(s.fieldQuarter, .text(TextField(ResidentScore.quarter(of: today), maxLength: 7)), id: Field.quarter),
            FormField(s.fieldContactMoment, .choice(choice(momentChoices, selected: moment ?? moments.first?.key ?? "")), id: Field.contactMoment),
            FormField(s.fieldScore, .text(TextField(maxLength: 4)), id: Field.score),
            FormField(s.fieldScoreTeam, .choice(choice(teamChoices, selected: team ?? "")), id: Field.scoreTeam),
        ])
        form.focus(2)
        return RecordForm(purpose: .residentScore, form: form)
    }

    static func ideaStatus(_ contribution: Contribution, strings s: Strings) -> RecordForm {
        var fields = [ideaStatusField(contribution.ideaStatus ?? .proposed, strings: s)]
        if contribution.ideaStatus == .declined { fields.append(declineReasonField(contribution.declineReason, strings: s)) }
        return RecordForm(purpose: .ideaStatus(contribution.id), form: Form(title: s.formIdeaStatus, fields: fields))
    }

    // MARK: After a key

    /// Keeps the form's shape in step with what was chosen: the idea status only for ideas.
    mutating func adapt(strings s: Strings) {
        if purpose == .recognize, let person = form.field(Field.employee)?.value.nilIfEmpty, person != visibilityFor {
            // As the person likes to be praised, until the lead chooses otherwise.
            visibilityFor = person
            let wanted = praisedPrivately.contains(person) ? Visibility.private : .public
            form.update(Field.visibility) { field in
                guard case .choice(var choice) = field.editor else { return }
                choice.select(value: wanted.rawValue)
                field.editor = .choice(choice)
            }
        }
        if purpose == .recognize || isEditingRecognition {
            // A gift or a bonus may say what it was worth, for the salary administration.
            let kind = RecognitionKind(rawValue: form.field(Field.kind)?.value ?? "")
            let paid = kind == .gift || kind == .bonus
            if paid && form.field(Field.amount) == nil {
                form.insert(RecordForm.amountField(nil, strings: s), after: Field.kind)
            } else if !paid && form.field(Field.amount) != nil {
                form.remove(Field.amount)
            }
        }
        if case .ideaStatus = purpose { adaptReason(after: Field.ideaStatus, strings: s) }
        guard purpose == .log || isEditingContribution else { return }
        let category = KartrekkerCore.Category(rawValue: form.field(Field.category)?.value ?? "")
        let isIdea = category == .idea
        if isIdea && form.field(Field.ideaStatus) == nil {
            form.insert(RecordForm.ideaStatusField(.proposed, strings: s), after: Field.project)
        } else if !isIdea && form.field(Field.ideaStatus) != nil {
            form.remove(Field.ideaStatus)
        }
        adaptReason(after: Field.ideaStatus, strings: s)
        // The story, last (it may be left out), only for a smile or a step beyond (what was
        // typed in it stays while the category is one of them).
        let tells = category.map(SmileStory.categories.contains) ?? false
        if tells && form.field(Field.storyProblem) == nil {
            var after = Field.contactMoment
            for field in RecordForm.storyFields(nil, strings: s) {
                form.insert(field, after: after)
                after = field.id
            }
        } else if !tells && form.field(Field.storyProblem) != nil {
            for id in [Field.storyProblem, Field.storyAction, Field.storyCost, Field.storyOutcome] { form.remove(id) }
        }
    }

    /// A declined idea's reason, asked right after the status when it is declined.
    private mutating func adaptReason(after status: String, strings s: Strings) {
        let declined = form.field(Field.ideaStatus)?.value == IdeaStatus.declined.rawValue
        if declined && form.field(Field.declineReason) == nil {
            form.insert(RecordForm.declineReasonField(nil, strings: s), after: status)
        } else if !declined && form.field(Field.declineReason) != nil {
            form.remove(Field.declineReason)
        }
    }

    var isEditingRecognition: Bool {
        if case .editRecognition = purpose { return true }
        return false
    }

    var isEditingContribution: Bool {
        if case .editContribution = purpose { return true }
        return false
    }

    /// The employee whose contributions the checklist should offer now.
    var employeeForOptions: String? {
        switch purpose {
        case .recognize: form.field(Field.employee)?.value.nilIfEmpty
        case .editRecognition: subject
        default: nil
        }
    }

    /// New options for the "for" checklist (someone's recent contributions).
    mutating func setOptions(_ contributions: [Contribution], for employee: String, strings s: Strings) {
        optionsFor = employee
        form.update(Field.contributions) { field in
            guard case .checklist(var list, _) = field.editor else { return }
            list.replaceOptions(contributions.map { Choice(value: $0.id, label: s.contributionChoice($0)) })
            field.editor = .checklist(list, summary: s.chosen(list.values.count))
        }
    }

    /// Keeps the checklist's summary in step with what is checked.
    mutating func refreshSummary(strings s: Strings) {
        form.update(Field.contributions) { field in
            guard case .checklist(let list, _) = field.editor else { return }
            field.editor = .checklist(list, summary: s.chosen(list.values.count))
        }
    }

    // MARK: Reading

    /// The id of the field in this form that shows an error about `field`, or "" (then it
    /// shows under the form).
    func fieldID(for field: RecordField?) -> String {
        guard let id = field?.rawValue, form.field(id) != nil else { return "" }
        return id
    }

    func text(_ id: String) -> String { form.field(id)?.value ?? "" }

    /// What an optional picker holds: nothing until something is typed in it.
    func picked(_ id: String) -> String? {
        guard case .picker(let picker)? = form.field(id)?.editor else { return nil }
        return picker.value
    }

    /// Comma-separated tags as a list (empty pieces dropped).
    func tags(_ id: String) -> [String] {
        text(id).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func checked(_ id: String) -> [String] {
        guard case .checklist(let list, _)? = form.field(id)?.editor else { return [] }
        return list.values
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
