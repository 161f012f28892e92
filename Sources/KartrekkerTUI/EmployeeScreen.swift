import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// One employee's story: who they are, twelve weeks of their score, points by category, and
/// every contribution (ideas with their status) and recognition (with what it was for),
/// newest first, notes wrapped whole, in a pane that scrolls record by record.
struct EmployeeScreen {
    /// The newest records of each kind the page holds; older ones are named, and listed by
    /// the command line.
    static let recordsShown = 300

    let employeeID: String
    var data: Loadable<EmployeeStory> = .idle
    var pane = ItemPane()

    init(employeeID: String) {
        self.employeeID = employeeID
    }

    /// The pane below the profile lines and a rule.
    static func paneRect(_ layout: UILayout) -> Rect {
        layout.body.splitTop(4).rest
    }

    /// The records as the pane shows them, in lines at the pane's width.
    static func items(_ story: EmployeeStory, width: Int, strings s: Strings, glyphs: Glyphs) -> [(id: String, lines: [DetailPane.Line])] {
        var entries: [(date: CalendarDate, recordedAt: Double, id: String, lines: [DetailPane.Line])] = []
        // The notes start after the longest category word of the language, and a space.
        let categoryWidth = (KartrekkerCore.Category.allCases.map { s.category($0).count }.max() ?? 10) + 1
        let indent = 8 + categoryWidth
        let textWidth = max(10, width - indent - 1)
        for contribution in story.contributions {
            let note = Paragraph.lines(contribution.note, width: textWidth)
            var lines = [DetailPane.Line(s.shortDate(contribution.date).padding(toLength: 8, withPad: " ", startingAt: 0)
                                         + s.category(contribution.category).padding(toLength: categoryWidth, withPad: " ", startingAt: 0)
                                         + (note.first ?? ""))]
            lines += note.dropFirst().map { DetailPane.Line($0, indent: indent) }
            var details: [String] = []
            if let status = contribution.ideaStatus { details.append(s.ideaStatus(status)) }
            details.append(s.points(contribution.points))
            if let channel = contribution.channel { details.append(s.channel(channel)) }
            details += contribution.values
            if let project = contribution.project { details.append(project) }
            if let moment = contribution.contactMoment { details.append(s.contactMoment(moment)) }
            if !contribution.with.isEmpty { details.append(s.sharedWith(contribution.with.map { story.names[$0] ?? $0 })) }
            lines.append(DetailPane.Line(details.joined(separator: " · "), role: .muted, indent: indent))
            if let reason = contribution.declineReason {
                for line in Paragraph.lines(s.declinedBecause(reason), width: textWidth) {
                    lines.append(DetailPane.Line(line, role: .muted, indent: indent))
                }
            }
            // The story behind it, as a card: each part under its label.
            if let story = contribution.story {
                var parts: [(String, String)] = []
                if let problem = story.problem { parts.append((s.fieldStoryProblem, problem)) }
                if let action = story.action { parts.append((s.fieldStoryAction, action)) }
                if let cost = story.cost { parts.append((s.storyCostLabel, s.money(cost))) }
                if let outcome = story.outcome { parts.append((s.fieldStoryOutcome, outcome)) }
                let bar = glyphs.unicode ? "│ " : "| "
                for (label, text) in parts {
                    lines.append(DetailPane.Line(bar + label, role: .accent, indent: indent))
                    for line in Paragraph.lines(text, width: max(8, textWidth - 4)) {
                        lines.append(DetailPane.Line(bar + "  " + line, indent: indent))
                    }
                }
            }
            entries.append((contribution.date, contribution.recordedAt.timeIntervalSince1970, contribution.id, lines))
        }
        for recognition in story.recognitions {
            let heart = glyphs.unicode ? "♥ " : "* "
            var text = heart + s.recognitionLine(kind: recognition.kind, by: recognition.recordedBy, message: recognition.message)
            if !recognition.contributionIds.isEmpty { text += " — " + s.forContributions(recognition.contributionIds.count) }
            if recognition.visibility == .private { text += " (" + s.privateMark + ")" }
            if let amount = recognition.amount { text += " · " + s.money(amount) }
            let wrapped = Paragraph.lines(text, width: max(10, width - 9))
            var lines = [DetailPane.Line(s.shortDate(recognition.date).padding(toLength: 8, withPad: " ", startingAt: 0)
                                         + (wrapped.first ?? ""), role: .good)]
            lines += wrapped.dropFirst().map { DetailPane.Line($0, role: .good, indent: 8) }
            entries.append((recognition.date, recognition.recordedAt.timeIntervalSince1970, recognition.id, lines))
        }
        // Newest first, the id last: the order of every list.
        entries.sort { ($0.date, $0.recordedAt, $0.id) > ($1.date, $1.recordedAt, $1.id) }
        var items = entries.map { ($0.id, $0.lines) }
        let older = (story.contributionCount - story.contributions.count, story.recognitionCount - story.recognitions.count)
        if older.0 > 0 || older.1 > 0 {
            items.append(("older", [DetailPane.Line(s.olderRecords(contributions: older.0, recognitions: older.1, employeeID: story.employee.id),
                                                    role: .muted)]))
        }
        return items
    }

    mutating func loaded(_ story: EmployeeStory, layout: UILayout, strings: Strings, glyphs: Glyphs) {
        data = .loaded(story)
        relayout(layout: layout, strings: strings, glyphs: glyphs)
    }

    /// The records' heights depend on the width: recomputed on load and on resize.
    mutating func relayout(layout: UILayout, strings: Strings, glyphs: Glyphs) {
        guard let story = data.value else { return }
        let rect = EmployeeScreen.paneRect(layout)
        let items = EmployeeScreen.items(story, width: rect.width - 1, strings: strings, glyphs: glyphs)
        pane.reload(ids: items.map(\.id), heights: items.map(\.lines.count), rows: rect.height)
    }

    enum Action: Hashable, Sendable { case add, editEmployee, archive, editRecord, deleteRecord, ideaStatus, report }

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.employeeTitle, [
            KeyBinding([.character("e")], s.keyEditRecord, help: s.keyEditRecordHelp, action: .editRecord),
            KeyBinding([.character("d")], s.keyDeleteRecord, help: s.keyDeleteRecordHelp, action: .deleteRecord),
            KeyBinding([.character("i")], s.keyIdeaStatus, help: s.keyIdeaStatusHelp, action: .ideaStatus),
            KeyBinding([.character("E")], s.keyEditEmployee, help: s.keyEditEmployeeHelp, action: .editEmployee),
            KeyBinding([.character("x")], s.keyArchive, help: s.keyArchiveHelp, action: .archive),
            KeyBinding([.character("a")], s.keyAdd, help: s.keyAddHelp, inFooter: false, action: .add),
            KeyBinding([.character("p")], s.keyReport, help: s.keyReportHelp, inFooter: false, action: .report),
        ])
    }

    /// The contribution selected in the pane, if it is one.
    var selectedContribution: Contribution? {
        pane.selectedID.flatMap { id in data.value?.contributions.first { $0.id == id } }
    }

    var selectedRecognition: Recognition? {
        pane.selectedID.flatMap { id in data.value?.recognitions.first { $0.id == id } }
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings) -> ScreenOutcome {
        switch EmployeeScreen.bindings(strings).action(for: key) {
        case .add: return .form(.addEmployee)
        case .report: return .report(employeeID)
        case .editEmployee: return .form(.editEmployee(employeeID))
        case .archive: return data.value.map { .archive($0.employee) } ?? .handled
        case .editRecord:
            if let contribution = selectedContribution { return .form(.editContribution(contribution.id)) }
            if let recognition = selectedRecognition { return .form(.editRecognition(recognition.id)) }
            return .handled
        case .deleteRecord:
            return pane.selectedID.map(ScreenOutcome.delete) ?? .handled
        case .ideaStatus:
            guard let contribution = selectedContribution, contribution.category == .idea else { return .say(strings.onlyIdeas) }
            return .form(.ideaStatus(contribution.id))
        case nil:
            return pane.handle(key, rows: EmployeeScreen.paneRect(layout).height) ? .handled : .unhandled
        }
    }

    /// Selects the record with `id` once it is on the page.
    mutating func select(_ id: String, layout: UILayout) {
        pane.select(id: id, rows: EmployeeScreen.paneRect(layout).height)
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        guard let story = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted)
            return
        }
        let person = story.employee
        var profile = [person.name, person.team]
        if let role = person.role { profile.append(role) }
        if let start = person.startDate { profile.append(s.since(start)) }
        if person.archived { profile.append(s.archivedMark) }
        // The person's wishes, where they made any: the lead sees them before praising. Where
        // the line is too long for them, the start date gives way, then the role.
        var wishes: [String] = []
        if !person.onBoard { wishes.append(s.offBoards) }
        if person.praise == .private { wishes.append(s.praisedPrivately) }
        func fits() -> Bool { ScreenBuffer.width(of: " " + (profile + wishes).joined(separator: " · ")) < body.width - 1 }
        for droppable in [person.startDate.map(s.since), person.role] where !wishes.isEmpty && !fits() {
            if let droppable, let index = profile.lastIndex(of: droppable), index >= 2 { profile.remove(at: index) }
        }
        profile += wishes
        let profileText = " " + profile.joined(separator: " · ")
        let used = buffer.write(profileText, x: body.x, y: body.y, width: body.width, role: .title)
        let idWidth = ScreenBuffer.width(of: person.id)
        // The id where there is room for it.
        if used + idWidth + 3 <= body.width {
            buffer.write(person.id, x: body.maxX - idWidth - 1, y: body.y, role: .muted)
        }

        // The period scores are the line's point: where they would be cut (80 columns, a long
        // career's all-time score), the label shortens, then goes, then the spacing narrows.
        let periodScores = story.scores.map { s.periodScore($0.period.kind, $0.score) }
        let room = body.width - 2 - story.weeklyScores.count - 3
        var separator = "  "
        let label = [s.scoreWeeks, s.scoreWeeksShort].map { $0 + "  " }.first {
            ScreenBuffer.width(of: $0 + periodScores.joined(separator: separator)) <= room
        } ?? ""
        if ScreenBuffer.width(of: label + periodScores.joined(separator: separator)) > room { separator = " " }
        var x = body.x + 1
        x += buffer.write(label, x: x, y: body.y + 1, role: .muted)
        Sparkline.draw(story.weeklyScores, at: x, y: body.y + 1, width: story.weeklyScores.count, on: &buffer)
        x += story.weeklyScores.count + 3
        buffer.write(periodScores.joined(separator: separator), x: x, y: body.y + 1, width: max(0, body.maxX - x - 1))

        x = body.x + 1
        let most = story.pointsByCategory.first?.points ?? 1
        let adopted = story.ideas.filter { $0.status.isTakenUp }.reduce(0) { $0 + $1.count }
        for entry in story.pointsByCategory {
            var text = s.category(entry.category) + " "
            let bar = Display.bar(entry.points, of: most, width: 10, unicode: buffer.glyphs.unicode)
            let suffix = " \(entry.points)" + (entry.category == .idea && adopted > 0 ? " " + s.adopted(adopted) : "")
            guard x + ScreenBuffer.width(of: text + bar + suffix) < body.maxX else { break }
            x += buffer.write(text, x: x, y: body.y + 2, role: .muted)
            x += buffer.write(bar, x: x, y: body.y + 2, role: .bar)
            x += buffer.write(suffix + "   ", x: x, y: body.y + 2)
            text = ""
        }
        buffer.write(String(repeating: buffer.glyphs.horizontal, count: body.width), x: body.x, y: body.y + 3, role: .border)
        // The year's gifts and bonuses in euros, in the rule: what the salary administration asks.
        if story.giftsThisYear.cents > 0 {
            let gifts = " " + s.giftsThisYear(story.giftsThisYear, year: story.today.year) + " "
            buffer.write(gifts, x: body.maxX - ScreenBuffer.width(of: gifts) - 2, y: body.y + 3, role: .muted)
        }

        let rect = EmployeeScreen.paneRect(layout)
        let items = EmployeeScreen.items(story, width: rect.width - 1, strings: s, glyphs: buffer.glyphs)
        guard !items.isEmpty else {
            buffer.write(s.noRecords, x: rect.x + 1, y: rect.y, role: .muted)
            return
        }
        pane.draw(items.map(\.lines), in: rect, on: &buffer)
    }
}
