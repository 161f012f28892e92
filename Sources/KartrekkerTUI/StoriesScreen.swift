import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// The stories behind the period's smiles and steps beyond, newest first: a line each above,
/// the selected one told whole below (what went wrong, what was done and what it cost, how it
/// ended). `←` `→` `[` `]` choose the period as on the leaderboard, `t` one team, `M` one
/// contact moment, `Enter` opens the person.
struct StoriesScreen {
    enum Action: Hashable, Sendable {
        case kind(Int), step(Int)
        case team, moment, open
    }

    var data: Loadable<[StoryRow]> = .idle
    var list = ListState(keys: [])
    var choice = PeriodChoice()
    var team: String?
    var moment: ContactMoment?
    /// The team's mandate of the period's year, where one team is shown.
    var mandate: MandateUse?

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.storiesTitle, [
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
        ] + PeriodChoice.bindings(s, kind: Action.kind, step: Action.step) + [
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
            KeyBinding([.character("M")], s.keyContactMoment, help: s.keyContactMomentHelp, action: .moment),
        ])
    }

    /// The list takes the upper third; the selected story the rest.
    func rows(_ layout: UILayout) -> Int {
        let room = layout.body.height - 2 - (list.showsFilterLine ? 1 : 0)
        return max(0, min(room - 10, max(3, room / 3)))
    }

    mutating func loaded(_ load: StoriesLoad, layout: UILayout, strings s: Strings) {
        let stories = load.rows
        mandate = load.mandate
        data = .loaded(stories)
        list.reload(ids: stories.map(\.id), keys: stories.map { row in
            ([row.employee?.name ?? "", row.contribution.note] + row.story.texts
                + [row.contribution.contactMoment.map(s.contactMoment) ?? ""]).joined(separator: " ")
        }, height: rows(layout))
    }

    mutating func handle(_ key: Key, layout: UILayout, strings s: Strings, today: CalendarDate, teams: [String],
                         moments: [ContactMoment]) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        switch StoriesScreen.bindings(s).action(for: key) {
        case .open:
            let selected = list.selectedID.flatMap { id in data.value?.first { $0.id == id } }
            return selected.map { .open($0.contribution.employeeId) } ?? .handled
        case .kind(let direction):
            guard choice.changeKind(by: direction, today: today) else { return .handled }
        case .step(let direction):
            guard choice.step(by: direction, today: today) else { return .handled }
        case .team:
            team = LeaderboardScreen.cycle(team, teams)
        case .moment:
            moment = LeaderboardScreen.cycle(moment, moments)
        case nil:
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        return .reload
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings, today: CalendarDate) {
        let body = layout.body
        let shown = choice.shown(today: today)
        var summary = [s.storiesTitle, s.period(shown), team ?? s.allTeams]
        if let moment { summary.append(s.contactMoment(moment)) } else if team == nil { summary.append(s.allContactMoments) }
        if let stories = data.value { summary.append(s.storyCount(stories.count)) }
        // What the team's mandate bought this year, and what it may still spend.
        if let mandate, team != nil {
            // (The view's name gives way to it: the line is the team's now.)
            summary.removeFirst()
            summary.append(s.mandateLine(spent: mandate.spent, of: mandate.budget, year: mandate.year))
        }
        buffer.write(" " + summary.joined(separator: " · "), x: body.x, y: body.y, width: body.width, role: .muted)
        if data.isLoading { buffer.write(s.loading, x: body.maxX - 10, y: body.y, width: 10, role: .muted) }
        guard let stories = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y + 2, role: .muted)
            return
        }
        let listHeight = rows(layout) + 1 + (list.showsFilterLine ? 1 : 0)
        let table = TableView(columns: [
            .init(s.columnDate, width: 7), .init(s.columnName, width: 16, weight: 1),
            .init(s.fieldContactMoment, width: 14, weight: 1), .init(s.fieldStoryProblem, width: 20, weight: 3),
        ])
        table.draw(list, in: Rect(x: body.x, y: body.y + 1, width: body.width, height: listHeight), on: &buffer,
                   emptyText: s.noStories) { index in
            let row = stories[index]
            return [(s.shortDate(row.contribution.date), .muted), (row.employee?.name ?? row.contribution.employeeId, nil),
                    (row.contribution.contactMoment.map(s.contactMoment) ?? "", .muted),
                    (row.story.problem ?? row.contribution.note, nil)]
        }
        let card = Rect(x: body.x, y: body.y + 1 + listHeight, width: body.width, height: body.maxY - (body.y + 1 + listHeight))
        guard card.height > 1, let id = list.selectedID, let row = stories.first(where: { $0.id == id }) else { return }
        buffer.write(String(repeating: buffer.glyphs.horizontal, count: card.width), x: card.x, y: card.y, role: .muted)
        DetailPane.draw(StoriesScreen.card(row, width: card.width - 2, strings: s), scroll: ScrollState(),
                        in: Rect(x: card.x + 1, y: card.y + 1, width: card.width - 2, height: card.height - 1), on: &buffer)
    }

    /// A story told whole: who, when and where, then its parts, each wrapped.
    static func card(_ row: StoryRow, width: Int, strings s: Strings) -> [DetailPane.Line] {
        let contribution = row.contribution
        var head = [row.employee?.name ?? contribution.employeeId, s.shortDate(contribution.date), s.category(contribution.category)]
        if let moment = contribution.contactMoment { head.append(s.contactMoment(moment)) }
        var lines = [DetailPane.Line(head.joined(separator: " · "), role: .header)]
        for text in Paragraph.lines(contribution.note, width: width) { lines.append(.init(text, role: .muted)) }
        let story = row.story
        var parts: [(String, String)] = []
        if let problem = story.problem { parts.append((s.fieldStoryProblem, problem)) }
        if let action = story.action { parts.append((s.fieldStoryAction, action)) }
        if let cost = story.cost { parts.append((s.storyCostLabel, s.money(cost))) }
        if let outcome = story.outcome { parts.append((s.fieldStoryOutcome, outcome)) }
        // Each part beside its label, wrapped under itself.
        let labelWidth = (parts.map { ScreenBuffer.width(of: $0.0) }.max() ?? 0) + 2
        for (label, text) in parts {
            let wrapped = Paragraph.lines(text, width: max(8, width - labelWidth))
            lines.append(.init(label, role: .accent))
            for (index, line) in wrapped.enumerated() {
                if index == 0 {
                    lines[lines.count - 1] = .init(label.padding(toLength: labelWidth - 2, withPad: " ", startingAt: 0) + "  " + line)
                } else {
                    lines.append(.init(line, indent: labelWidth))
                }
            }
        }
        return lines
    }
}
