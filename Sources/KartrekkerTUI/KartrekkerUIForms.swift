import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Recording from the UI: forms over the screen they came from, questions before what cannot
/// be taken back lightly, and "Saved" only once the write has returned.
extension KartrekkerUI {
    /// The employee selected on the screen shown, for `c` and `r`.
    var selectedEmployee: String? { screen(route)?.selectedEmployee }

    // MARK: Opening

    mutating func formReady(_ request: FormRequest, _ result: Result<FormContext, LoadError>) -> [Effect<UIMessage>] {
        let context: FormContext
        switch result {
        case .success(let value): context = value
        case .failure(let error):
            toast = Toast(error.message(strings), kind: .failure, duration: 8)
            return []
        }
        let form: RecordForm
        switch request {
        case .log(let selected):
            form = RecordForm.log(employees: context.employees, selected: selected, today: today, contactMoments: context.contactMoments,
                                  strings: strings)
        case let .recognize(selected, message, linked):
            form = RecordForm.recognize(employees: context.employees, selected: selected, message: message, linked: linked, today: today,
                                        strings: strings)
        case .addEmployee:
            form = RecordForm.employee(nil, teams: context.teams, strings: strings)
        case .editEmployee:
            guard let person = context.employees.first else { return [] }
            form = RecordForm.employee(person, teams: context.teams, strings: strings)
        case .editContribution:
            guard let contribution = context.contribution else { return [] }
            form = RecordForm.editContribution(contribution, today: today, contactMoments: context.contactMoments, strings: strings)
        case .editRecognition:
            guard let recognition = context.recognition else { return [] }
            form = RecordForm.editRecognition(recognition, today: today, strings: strings)
        case .ideaStatus:
            guard let contribution = context.contribution else { return [] }
            form = RecordForm.ideaStatus(contribution, strings: strings)
        case let .residentScore(moment, team):
            form = RecordForm.residentScore(moment: moment, team: team, moments: context.contactMoments, teams: context.teams,
                                            today: today, strings: strings)
        }
        modals.push(.form(form))
        return optionsEffects(for: form)
    }

    /// Loads the "for" options when the person they belong to changed.
    private func optionsEffects(for form: RecordForm) -> [Effect<UIMessage>] {
        guard let employee = form.employeeForOptions, employee != form.optionsFor else { return [] }
        var linked: [String] = []
        // What is checked stays offered (an old contribution a recognition is for).
        if case .editRecognition = form.purpose { linked = form.checked(RecordForm.Field.contributions) }
        if form.purpose == .recognize { linked = form.checked(RecordForm.Field.contributions) }
        return [loader.formOptions(employee, including: linked, today: today)]
    }

    // MARK: Keys in a form

    mutating func handleForm(_ key: Key, _ current: RecordForm) -> [Effect<UIMessage>] {
        var form = current
        switch Form.bindings.action(for: key) {
        case .save:
            return save(form)
        case .cancel:
            if form.form.isDirty {
                modals.push(.confirm(Confirmation(question: strings.discardQuestion, action: .discardForm)))
            } else {
                modals.pop()
            }
            return []
        case .submit:
            if form.form.isOnLastField || form.form.fields.count == 1 { return save(form) }
            _ = form.form.handle(.tab)
        default:
            _ = form.form.handle(key)
        }
        modals.updateTop { $0 = .form(form) }
        return formChanged()
    }

    /// After a key or a paste in a form: its shape and its options follow what was chosen.
    mutating func formChanged() -> [Effect<UIMessage>] {
        guard case .form(var form) = modals.top else { return [] }
        form.adapt(strings: strings)
        form.refreshSummary(strings: strings)
        modals.updateTop { $0 = .form(form) }
        return optionsEffects(for: form)
    }

    // MARK: Saving

    /// Reads the form into a draft (problems shown beside their fields), then writes it.
    mutating func save(_ current: RecordForm) -> [Effect<UIMessage>] {
        var form = current
        form.form.clearErrors()
        let today = self.today
        typealias Field = RecordForm.Field
        func date(_ id: String, label: KeyPath<Strings, String>) -> CalendarDate? {
            let text = form.text(id).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            do {
                let parsed: CalendarDate = try DateInput.date(text, field: Strings.english[keyPath: label].lowercased(),
                                                              nlField: Strings.dutch[keyPath: label].lowercased(), today: today)
                return parsed
            } catch {
                form.form.fail(id, strings.errorMessage(error))
                return nil
            }
        }
        /// An amount typed, `.some(nil)` for none; `nil` (with the field marked) when it is not one.
        func euros(_ id: String) -> Euros?? {
            let text = form.text(id).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .some(nil) }
            guard let amount = Euros(text) else {
                form.form.fail(id, strings.notEuros)
                return nil
            }
            return .some(amount)
        }
        /// The story's parts as typed (the cost read above).
        func story(cost: Euros?) -> SmileStory {
            SmileStory(problem: form.text(Field.storyProblem), action: form.text(Field.storyAction), cost: cost,
                       outcome: form.text(Field.storyOutcome))
        }
        let effect: Effect<UIMessage>?
        switch form.purpose {
        case .log:
            let employee = form.text(Field.employee)
            let category = KartrekkerCore.Category(rawValue: form.text(Field.category))
            let day = date(Field.date, label: \.fieldDate)
            let cost = euros(Field.storyCost)
            if category == nil { form.form.fail(Field.category, strings.categoryRequired) }
            if employee.isEmpty { form.form.fail(Field.employee, strings.employeeRequired) }
            guard let category, let cost, !employee.isEmpty, form.form.fields.allSatisfy({ $0.error == nil }) else { break }
            let draft = ContributionDraft(employee: employee, category: category, note: form.text(Field.note), date: day,
                                          channel: Channel(rawValue: form.text(Field.channel)), values: form.tags(Field.values),
                                          project: form.text(Field.project),
                                          ideaStatus: category == .idea ? IdeaStatus(rawValue: form.text(Field.ideaStatus)) : nil,
                                          contactMoment: form.text(Field.contactMoment),
                                          story: SmileStory.categories.contains(category) ? story(cost: cost) : nil,
                                          declineReason: form.text(Field.declineReason),
                                          with: form.picked(Field.with).map { [$0] } ?? [])
            effect = loader.save { .contribution(try $0.logContribution(draft)) }
            modals.updateTop { $0 = .form(form) }
            return [effect!]
        case .editContribution(let id):
            let day = date(Field.date, label: \.fieldDate)
            let cost = euros(Field.storyCost)
            guard let cost, form.form.fields.allSatisfy({ $0.error == nil }) else { break }
            let tells = form.form.field(Field.storyProblem) != nil
            let changes = ContributionChanges(
                date: day, category: KartrekkerCore.Category(rawValue: form.text(Field.category)), note: form.text(Field.note),
                channel: .some(Channel(rawValue: form.text(Field.channel))), values: form.tags(Field.values),
                project: form.text(Field.project), ideaStatus: IdeaStatus(rawValue: form.text(Field.ideaStatus)),
                contactMoment: form.text(Field.contactMoment),
                storyProblem: tells ? form.text(Field.storyProblem) : nil, storyAction: tells ? form.text(Field.storyAction) : nil,
                storyCost: tells ? .some(cost) : nil, storyOutcome: tells ? form.text(Field.storyOutcome) : nil,
                declineReason: form.text(Field.declineReason))
            effect = loader.save { .contribution(try $0.editContribution(id, changes)) }
            modals.updateTop { $0 = .form(form) }
            return [effect!]
        case .recognize:
            let employee = form.text(Field.employee)
            let day = date(Field.date, label: \.fieldDate)
            let amount = euros(Field.amount)
            if employee.isEmpty { form.form.fail(Field.employee, strings.employeeRequired) }
            guard let amount, !employee.isEmpty, form.form.fields.allSatisfy({ $0.error == nil }) else { break }
            let draft = RecognitionDraft(employee: employee, kind: RecognitionKind(rawValue: form.text(Field.kind)) ?? .thanks,
                                         message: form.text(Field.message), date: day,
                                         contributionIDs: form.checked(Field.contributions),
                                         visibility: Visibility(rawValue: form.text(Field.visibility)) ?? .public, amount: amount)
            effect = loader.save { .recognition(try $0.recognize(draft)) }
            modals.updateTop { $0 = .form(form) }
            return [effect!]
        case .editRecognition(let id):
            let day = date(Field.date, label: \.fieldDate)
            let amount = euros(Field.amount)
            guard let amount, form.form.fields.allSatisfy({ $0.error == nil }) else { break }
            let changes = RecognitionChanges(date: day, kind: RecognitionKind(rawValue: form.text(Field.kind)),
                                             message: form.text(Field.message),
                                             contributionIDs: form.checked(Field.contributions),
                                             visibility: Visibility(rawValue: form.text(Field.visibility)), amount: .some(amount))
            effect = loader.save { .recognition(try $0.editRecognition(id, changes)) }
            modals.updateTop { $0 = .form(form) }
            return [effect!]
        case .addEmployee, .editEmployee:
            let start = date(Field.start, label: \.fieldStart)
            guard form.form.fields.allSatisfy({ $0.error == nil }) else { break }
            // A team typed that is not in the list is a new team.
            let teamField = form.form.field(Field.team)
            var team = teamField?.value ?? ""
            if case .picker(let picker)? = teamField?.editor, picker.matches.isEmpty || team.isEmpty { team = picker.query.text }
            let draft = EmployeeDraft(name: form.text(Field.name), team: team, role: form.text(Field.role),
                                      email: form.text(Field.email), startDate: start, onBoard: form.text(Field.onBoard) != "off",
                                      praise: Visibility(rawValue: form.text(Field.praise)) ?? .public)
            let allow = form.allowDuplicate
            if case .editEmployee(let id) = form.purpose {
                effect = loader.save { .employee(try $0.editEmployee(id, draft, allowDuplicate: allow)) }
            } else {
                effect = loader.save { .employee(try $0.addEmployee(draft, allowDuplicate: allow)) }
            }
            modals.updateTop { $0 = .form(form) }
            return [effect!]
        case .residentScore:
            let (quarter, moment, score, team) = (form.text(Field.quarter), form.text(Field.contactMoment), form.text(Field.score),
                                                  form.text(Field.scoreTeam))
            modals.updateTop { $0 = .form(form) }
            return [loader.save { .residentScore(try $0.setResidentScore(quarter: quarter, moment: moment, score: score,
                                                                         team: team.isEmpty ? nil : team)) }]
        case .ideaStatus(let id):
            guard let status = IdeaStatus(rawValue: form.text(Field.ideaStatus)) else { break }
            let reason = status == .declined ? form.text(Field.declineReason) : nil
            modals.updateTop { $0 = .form(form) }
            return [loader.save { .contribution(try $0.setIdeaStatus(id, status, reason: reason)) }]
        }
        // Something was wrong before writing: shown beside its field, the cursor there.
        if let first = form.form.fields.firstIndex(where: { $0.error != nil }) { form.form.focus(first) }
        modals.updateTop { $0 = .form(form) }
        return []
    }

    /// The write returned: "Saved", the form closed, the screens reloaded with the record
    /// selected. Or it failed: the form stays with everything typed, and says why.
    mutating func saved(_ result: Result<SavedRecord, SaveFailure>) -> [Effect<UIMessage>] {
        switch result {
        case .success(let record):
            if case .form = modals.top { modals.pop() }
            switch record {
            case .contribution(let contribution):
                pendingSelection = contribution.id
                if contribution.category == .idea, let status = contribution.ideaStatus, status != .proposed {
                    toast = Toast(strings.saved + " · " + strings.ideaStatusSaved(status, points: contribution.points), kind: .success)
                } else {
                    toast = Toast(strings.saved, kind: .success)
                }
            case .recognition(let recognition):
                pendingSelection = recognition.id
                toast = Toast(strings.saved, kind: .success)
            case .employee(let person):
                pendingSelection = person.id
                toast = Toast(strings.saved, kind: .success)
                if route == .welcome { return go(to: .tab(.employees), remember: false) + dataChanged() }
            case .archived(let outcome):
                toast = Toast(strings.archived(outcome.employee), kind: .success)
            case .deletedContribution, .deletedRecognition:
                toast = Toast(strings.deleted, kind: .success)
            case .residentScore(let score):
                toast = Toast(strings.scoreSaved(score.quarter, strings.contactMoment(score.contactMoment), strings.decimal(score.score)),
                              kind: .success)
            }
            return dataChanged()
        case .failure(let failure):
            if let existing = failure.duplicate {
                modals.push(.confirm(Confirmation(question: strings.duplicateQuestion(existing), action: .addDuplicate)))
                return []
            }
            guard case .form(var form) = modals.top else {
                toast = Toast(failure.error.map(strings.error) ?? "", kind: .failure, duration: 8)
                return []
            }
            form.form.fail(form.fieldID(for: failure.field), failure.error.map(strings.errorMessage) ?? "")
            modals.updateTop { $0 = .form(form) }
            return []
        }
    }

    // MARK: Questions

    mutating func askToDelete(_ id: String) -> [Effect<UIMessage>] {
        guard let story = employee?.data.value else { return [] }
        if let contribution = story.contributions.first(where: { $0.id == id }) {
            let pointing = story.recognitions.filter { $0.contributionIds.contains(id) }
            modals.push(.confirm(Confirmation(question: strings.deleteContributionQuestion(contribution, recognitions: pointing),
                                              action: .deleteContribution(id))))
        } else if let recognition = story.recognitions.first(where: { $0.id == id }) {
            modals.push(.confirm(Confirmation(question: strings.deleteRecognitionQuestion(recognition), action: .deleteRecognition(id))))
        }
        return []
    }

    mutating func handleConfirm(_ key: Key, _ confirmation: Confirmation) -> [Effect<UIMessage>] {
        guard let yes = ConfirmDialog(confirmation.question).answer(key) else { return [] }
        modals.pop()
        switch confirmation.action {
        case .discardForm:
            if yes, case .form = modals.top { modals.pop() }
            return []
        case .addDuplicate:
            guard yes, case .form(var form) = modals.top else { return [] }
            form.allowDuplicate = true
            modals.updateTop { $0 = .form(form) }
            return save(form)
        case .archive(let person):
            guard yes else { return [] }
            let archive = !person.archived
            return [loader.save { .archived(try $0.setArchived(person.id, archive)) }]
        case .deleteContribution(let id):
            guard yes else { return [] }
            return [loader.save { .deletedContribution(try $0.deleteContribution(id)) }]
        case .deleteRecognition(let id):
            guard yes else { return [] }
            return [loader.save { .deletedRecognition(try $0.deleteRecognition(id)) }]
        }
    }
}
