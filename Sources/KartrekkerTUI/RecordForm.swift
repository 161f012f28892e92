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
    }

    /// Field ids are Core's names of the fields (`RecordField`), so that an error Core raises
    /// about a field marks it; labels come from the string table.
    enum Field {
        static let employee = id(.employee), category = id(.category), date = id(.date), note = id(.note)
        static let channel = id(.channel), values = id(.values), project = id(.project), ideaStatus = id(.ideaStatus)
        static let kind = id(.kind), message = id(.message), contributions = id(.contributions)
        static let visibility = id(.visibility), name = id(.name), team = id(.team), role = id(.role)
        static let email = id(.email), start = id(.startDate)
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

    static func log(employees: [Employee], selected: String?, today: CalendarDate, strings s: Strings) -> RecordForm {
        let channels = [Choice(value: "", label: s.noChannel)] + Channel.allCases.map { Choice(value: $0.rawValue, label: s.channel($0)) }
        var form = Form(title: s.formLog, fields: [
            employeePicker(employees, selected: selected, strings: s),
            categoryField(nil, strings: s),
            dateField(nil, today: today, strings: s),
            FormField(s.fieldNote, .text(TextField(maxLength: Validation.maxTextLength)), id: Field.note),
            FormField(s.fieldChannel, .choice(ChoiceField(channels)), id: Field.channel),
            FormField(s.fieldValues, .text(TextField()), id: Field.values),
            FormField(s.fieldProject, .text(TextField(maxLength: Validation.maxNameLength)), id: Field.project),
        ])
        // A form opens on the first field that still needs an answer: opened for someone, that
        // is the category (typing `s` there picks smile rather than joining the name).
        form.focus(selected == nil ? 0 : form.index(of: Field.category) ?? 0)
        return RecordForm(purpose: .log, form: form)
    }

    static func editContribution(_ contribution: Contribution, today: CalendarDate, strings s: Strings) -> RecordForm {
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
        let form = Form(title: s.formEditRecognition, fields: [
            FormField(s.fieldKind, .choice(kind), id: Field.kind),
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

    static func ideaStatus(_ contribution: Contribution, strings s: Strings) -> RecordForm {
        RecordForm(purpose: .ideaStatus(contribution.id),
                   form: Form(title: s.formIdeaStatus, fields: [ideaStatusField(contribution.ideaStatus ?? .proposed, strings: s)]))
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
        guard purpose == .log || isEditingContribution else { return }
        let isIdea = form.field(Field.category)?.value == KartrekkerCore.Category.idea.rawValue
        if isIdea && form.field(Field.ideaStatus) == nil {
            form.insert(RecordForm.ideaStatusField(.proposed, strings: s), after: Field.project)
        } else if !isIdea && form.field(Field.ideaStatus) != nil {
            form.remove(Field.ideaStatus)
        }
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
