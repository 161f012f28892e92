import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Everyone, with this month's score and when they last contributed and were recognized:
/// `/` filters as you type, `t` steps through the teams, `s` the sort, `A` shows the archived.
struct EmployeesScreen {
    enum Action: Hashable, Sendable { case team, sort, archived, open, add, edit, archive }

    var data: Loadable<[EmployeeOverview]> = .idle
    var list = ListState(keys: [])
    var sort = EmployeeSort.name
    /// nil: all teams.
    var team: String?
    var showArchived = false
    /// What the organisation agreed the boards show: where not points, nobody's score is listed
    /// or sorted by here either (a list of everyone by this month's score is a board).
    var mode = BoardMode.points

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.tabs[Tab.employees.rawValue], [
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
            KeyBinding([.character("s")], s.keySort, help: s.keySortHelp, action: .sort),
            KeyBinding([.character("A")], s.keyArchived, help: s.keyArchivedHelp, action: .archived),
            KeyBinding([.character("a")], s.keyAdd, help: s.keyAddHelp, action: .add),
            KeyBinding([.character("E")], s.keyEditEmployee, help: s.keyEditEmployeeHelp, action: .edit),
            KeyBinding([.character("x")], s.keyArchive, help: s.keyArchiveHelp, action: .archive),
        ])
    }

    /// The rows the table shows: the body less the summary and the table's header.
    func rows(_ layout: UILayout) -> Int {
        max(0, layout.body.height - 2 - (list.showsFilterLine ? 1 : 0))
    }

    /// The people shown, in the chosen order.
    var shown: [EmployeeOverview] {
        let all = (data.value ?? []).filter { (showArchived || !$0.employee.archived) && (team == nil || $0.employee.team == team) }
        switch sort {
        case .name: return all
        case .score: return all.enumerated().sorted { ($1.element.monthScore, $0.offset) < ($0.element.monthScore, $1.offset) }.map(\.element)
        case .lastRecognition:
            // Longest unrecognized first; never recognized before anyone.
            return all.enumerated().sorted { a, b in
                let x = a.element.lastRecognition?.dayNumber ?? Int.min
                let y = b.element.lastRecognition?.dayNumber ?? Int.min
                return (x, a.offset) < (y, b.offset)
            }.map(\.element)
        }
    }

    var teams: [String] {
        Array(Set((data.value ?? []).map(\.employee.team))).sorted { $0.folded < $1.folded }
    }

    mutating func refresh(layout: UILayout) {
        let people = shown
        list.reload(ids: people.map(\.id), keys: people.map { $0.employee.name + " " + $0.employee.team }, height: rows(layout))
    }

    mutating func loaded(_ overview: [EmployeeOverview], layout: UILayout) {
        data = .loaded(overview)
        if let team, !teams.contains(team) { self.team = nil }
        refresh(layout: layout)
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        switch EmployeesScreen.bindings(strings).action(for: key) {
        case .open: return list.selectedID.map(ScreenOutcome.open) ?? .handled
        case .team:
            let all = teams
            if let team, let index = all.firstIndex(of: team) {
                self.team = index + 1 < all.count ? all[index + 1] : nil
            } else {
                team = all.first
            }
        case .sort:
            let order = EmployeeSort.allCases.filter { mode == .points || $0 != .score }
            sort = order[((order.firstIndex(of: sort) ?? -1) + 1) % order.count]
        case .archived: showArchived.toggle()
        case .add: return .form(.addEmployee)
        case .edit: return list.selectedID.map { .form(.editEmployee($0)) } ?? .handled
        case .archive:
            guard let id = list.selectedID, let person = data.value?.first(where: { $0.id == id })?.employee else { return .handled }
            return .archive(person)
        case nil:
            let before = list.showsFilterLine
            guard list.handle(key, height: rows(layout)) else { return .unhandled }
            if before != list.showsFilterLine { list.clamp(height: rows(layout)) }
            return .handled
        }
        refresh(layout: layout)
        return .handled
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings, today: CalendarDate) {
        let body = layout.body
        guard let overview = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted)
            return
        }
        let people = shown
        var summary = [s.employeeCount(people.count), team.map(s.team) ?? s.allTeams, s.sortedBy(sort)]
        if showArchived { summary.append(s.archivedShown) }
        buffer.write(" " + summary.joined(separator: " · "), x: body.x, y: body.y, width: body.width, role: .muted)
        let scores = mode == .points
        let table = TableView(columns: [
            .init(s.columnName, width: 18, weight: 3), .init(s.columnTeam, width: 12, weight: 1),
            .init(s.columnRole, width: 12, weight: 2)] + (scores ? [.init(s.columnMonth, width: 7, alignRight: true)] : []) + [
            .init(s.columnLastContribution, width: 11), .init(s.columnLastRecognition, width: 11),
        ], sort: sort == .name ? (0, true) : (sort == .score ? (3, false) : (scores ? 5 : 4, true)))
        let byID = Dictionary(overview.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = list.ids
        table.draw(list, in: body.splitTop(1).rest, on: &buffer, emptyText: s.noEmployees) { index in
            guard let row = byID[ids[index]] else { return [] }
            let person = row.employee
            return [(s.name(person, fallback: person.id), person.archived ? .muted : nil), (person.team, nil),
                    (person.role ?? "", .muted)] + (scores ? [(row.monthScore > 0 ? String(row.monthScore) : "", nil)] : []) + [
                    (s.recentDate(row.lastContribution, today: today), .muted),
                    (s.daysAgo(row.lastRecognition.map { $0.days(to: today) }), row.lastRecognition == nil ? .warning : nil)]
        }
    }
}
