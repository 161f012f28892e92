import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// The kartrekkers of a period: `←` `→` choose the kind of period (opening on Month), `[` `]`
/// step to the previous or next one, `t`, `v` and `M` filter by team, brand value and contact
/// moment.
struct LeaderboardScreen {
    enum Action: Hashable, Sendable {
        /// The kind of period, or the period: one back (-1) or on (+1).
        case kind(Int), step(Int)
        case team, value, moment, open
    }

    var data: Loadable<Leaderboard> = .idle
    var list = ListState(keys: [])
    /// The kind of period and the period shown (this month until a key changes it).
    var choice = PeriodChoice()
    var team: String?
    var value: String?
    var moment: ContactMoment?
    var filters: BoardFilters?
    /// What the organisation agreed the board shows (from its settings, on opening).
    var mode = BoardMode.points
    /// Records before this day were purged: a board reaching before it says so.
    var purgedBefore: CalendarDate?

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.tabs[Tab.leaderboard.rawValue], PeriodChoice.bindings(s, kind: Action.kind, step: Action.step) + [
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
            KeyBinding([.character("v")], s.keyValue, help: s.keyValueHelp, action: .value),
            KeyBinding([.character("M")], s.keyContactMoment, help: s.keyContactMomentHelp, action: .moment),
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
        ])
    }

    func rows(_ layout: UILayout) -> Int {
        max(0, layout.body.height - 3 - (list.showsFilterLine ? 1 : 0))
    }

    /// The board to ask for.
    func request(today: CalendarDate) -> LeaderboardRequest {
        LeaderboardRequest(period: choice.shown(today: today), team: team, value: value, contactMoment: moment?.key)
    }

    /// The boards the next ←, →, [ or ] would show: loaded ahead, they show at once.
    func neighbours(today: CalendarDate) -> [LeaderboardRequest] {
        let kinds = PeriodKind.steppable
        let index = kinds.firstIndex(of: choice.kind)!
        var periods = [index - 1, index + 1].filter(kinds.indices.contains).map { choice.around(kinds[$0], today: today) }
        let shown = choice.shown(today: today)
        periods += [-1, 1].compactMap { shown.stepped(by: $0) }
        return periods.map { LeaderboardRequest(period: $0, team: team, value: value, contactMoment: moment?.key) }
    }

    mutating func loaded(_ board: Leaderboard, layout: UILayout) {
        data = .loaded(board)
        // Teams only: there is no person to select or open.
        let people = mode == .teams ? [] : board.rows
        list.reload(ids: people.map(\.employee.id), keys: people.map { $0.employee.name + " " + $0.employee.team },
                    height: rows(layout))
    }

    /// Steps through `options` after `current`, then back to none.
    static func cycle<Option: Equatable>(_ current: Option?, _ options: [Option]) -> Option? {
        guard let current, let index = options.firstIndex(of: current) else { return options.first }
        return index + 1 < options.count ? options[index + 1] : nil
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings, today: CalendarDate, teams: [String]) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        switch LeaderboardScreen.bindings(strings).action(for: key) {
        case .open: return list.selectedID.map(ScreenOutcome.open) ?? .handled
        case .kind(let direction):
            guard choice.changeKind(by: direction, today: today) else { return .handled }
        case .step(let direction):
            guard choice.step(by: direction, today: today) else { return .handled }
        case .team:
            team = LeaderboardScreen.cycle(team, teams)
        case .value:
            value = LeaderboardScreen.cycle(value, filters?.values ?? [])
        case .moment:
            moment = LeaderboardScreen.cycle(moment, filters?.contactMoments ?? ContactMoment.builtIn)
        case nil:
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        return .reload
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings, today: CalendarDate) {
        let body = layout.body
        let unicode = buffer.glyphs.unicode
        // The kinds of period, the chosen one in brackets.
        var x = body.x + 1
        x += buffer.write(unicode ? "◀ " : "< ", x: x, y: body.y, role: .muted)
        for option in PeriodKind.steppable {
            let label = option == choice.kind ? "[" + s.periodKind(option) + "]" : s.periodKind(option)
            x += buffer.write(label, x: x, y: body.y, role: option == choice.kind ? .title : .accent)
            x += buffer.write("  ", x: x, y: body.y)
        }
        buffer.write(unicode ? "▶" : ">", x: x - 1, y: body.y, role: .muted)
        let shown = choice.shown(today: today)
        // "all teams" goes unsaid where another filter needs the room.
        var title = [s.period(shown)] + (team.map { [$0] } ?? (value == nil && moment == nil ? [s.allTeams] : []))
        if let value { title.append(s.value(value)) }
        if let moment { title.append(s.contactMoment(moment)) }
        let titleText = title.joined(separator: " · ")
        let titleWidth = ScreenBuffer.width(of: titleText)
        buffer.write(titleText, x: max(x + 2, body.maxX - titleWidth - 1), y: body.y, role: .header)
        var detail: [String] = []
        if let range = shown.range { detail.append(s.span(range)) }
        if let previous = shown.previous { detail.append(s.against(s.period(previous))) }
        // Rather than a quietly smaller number: said where the period, or the one it is
        // compared with, reaches before purged records.
        if let purgedBefore, (shown.range?.from ?? .init(dayNumber: 0)) < purgedBefore
            || (shown.previous?.range?.from).map({ $0 < purgedBefore }) == true {
            detail.append(s.purged(before: purgedBefore))
        }
        if let hidden = data.value?.notShown, hidden > 0 { detail.append(s.notShown(hidden)) }
        let detailText = detail.joined(separator: " · ")
        buffer.write(detailText, x: max(body.x, body.maxX - ScreenBuffer.width(of: detailText) - 1), y: body.y + 1, role: .muted)
        let area = Rect(x: body.x, y: body.y + 2, width: body.width, height: body.height - 2)
        guard let board = data.value else {
            buffer.write(s.loading, x: area.x + 1, y: area.y + 1, role: .muted)
            return
        }
        if data.isLoading { buffer.write(s.loading, x: body.x + 1, y: body.y + 1, role: .muted) }
        if mode == .teams {
            DashboardScreen.drawTeams(TeamBoard(board), in: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1),
                                      on: &buffer, strings: s)
            return
        }
        if mode == .ranks {
            // Ranks without points, as agreed: no score and no bar that shows its size.
            let table = TableView(columns: [
                .init(s.columnRank, width: 4, alignRight: true), .init(s.columnName, width: 18, weight: 2),
                .init(s.columnTeam, width: 12, weight: 1), .init(s.columnChange, width: 6),
            ])
            let glyphs = buffer.glyphs
            table.draw(list, in: area, on: &buffer, emptyText: s.nobodyInPeriod) { index in
                let row = board.rows[index]
                return [(String(row.rank), nil), (row.employee.name, nil), (row.employee.team, .muted),
                        (s.change(row, in: board.period, unicode: glyphs.unicode), DashboardScreen.role(Display.tone(row)))]
            }
            return
        }
        let best = board.rows.first?.score ?? 1
        let table = TableView(columns: [
            .init(s.columnRank, width: 4, alignRight: true), .init(s.columnName, width: 18, weight: 2),
            .init(s.columnTeam, width: 12, weight: 1), .init(s.columnScore, width: 6, alignRight: true),
            .init("", width: 16, weight: 1), .init(s.columnChange, width: 6),
        ])
        let widths = table.widths(total: area.width)
        let glyphs = buffer.glyphs
        table.draw(list, in: area, on: &buffer, emptyText: s.nobodyInPeriod) { index in
            let row = board.rows[index]
            return [(String(row.rank), nil), (row.employee.name, nil), (row.employee.team, .muted), (s.number(row.score), nil),
                    (Display.bar(row.score, of: best, width: widths[4], unicode: glyphs.unicode), .bar),
                    (s.change(row, in: board.period, unicode: glyphs.unicode), DashboardScreen.role(Display.tone(row)))]
        }
    }
}
