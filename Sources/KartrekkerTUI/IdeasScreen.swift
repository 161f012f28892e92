import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Every idea of the last year by what became of it: the waiting ones first (how long they
/// have waited), then adopted, implemented and declined; who proposed it. `s` one status, `t`
/// one team, `i` moves the selected idea on, `Enter` opens its proposer.
struct IdeasScreen {
    enum Action: Hashable, Sendable { case status, team, move, open }

    var data: Loadable<[IdeaRow]> = .idle
    var list = ListState(keys: [])
    var status: IdeaStatus?
    var team: String?

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.ideasTitle, [
            KeyBinding([.character("i")], s.keyIdeaStatus, help: s.keyIdeaStatusHelp, action: .move),
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
            KeyBinding([.character("s")], s.keyIdeaFilter, help: s.keyIdeaFilterHelp, action: .status),
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
        ])
    }

    /// The selected idea told whole under the list: a rule and this many lines.
    static let detailRows = 3

    func rows(_ layout: UILayout) -> Int {
        max(0, layout.body.height - 2 - (list.showsFilterLine ? 1 : 0) - IdeasScreen.detailRows - 1)
    }

    /// The ideas the status filter lets through.
    var shown: [IdeaRow] {
        (data.value ?? []).filter { status == nil || $0.status == status }
    }

    mutating func loaded(_ ideas: [IdeaRow], layout: UILayout, strings s: Strings) {
        data = .loaded(ideas)
        refresh(layout: layout, strings: s)
    }

    mutating func refresh(layout: UILayout, strings s: Strings) {
        let rows = shown
        list.reload(ids: rows.map(\.id), keys: rows.map { ($0.employee?.name ?? "") + " " + s.ideaStatus($0.status) + " " + $0.idea.note },
                    height: self.rows(layout))
    }

    mutating func handle(_ key: Key, layout: UILayout, strings s: Strings, teams: [String]) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        let selected = list.selectedID.flatMap { id in data.value?.first { $0.id == id } }
        switch IdeasScreen.bindings(s).action(for: key) {
        case .move:
            return selected.map { .form(.ideaStatus($0.id)) } ?? .handled
        case .open:
            return selected.map { .open($0.idea.employeeId) } ?? .handled
        case .status:
            status = LeaderboardScreen.cycle(status, IdeaStatus.allCases)
            refresh(layout: layout, strings: s)
            return .handled
        case .team:
            team = LeaderboardScreen.cycle(team, teams)
            return .reload
        case nil:
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        let summary = [status.map { s.ideaStatus($0) } ?? s.allStatuses, team ?? s.allTeams, s.lastYear, s.ideaCount(shown.count)]
        buffer.write(" " + summary.joined(separator: " · "), x: body.x, y: body.y, width: body.width, role: .muted)
        guard data.value != nil else {
            buffer.write(s.loading, x: body.x + 1, y: body.y + 2, role: .muted)
            return
        }
        if data.isLoading { buffer.write(s.loading, x: body.maxX - 10, y: body.y, width: 10, role: .muted) }
        let rows = shown
        let table = TableView(columns: [
            .init(s.columnStatus, width: 11), .init(s.columnDate, width: 7), .init(s.columnWaiting, width: 9, alignRight: true),
            .init(s.columnName, width: 16, weight: 1), .init(s.columnIdea, width: 20, weight: 3),
        ])
        let detailY = body.maxY - IdeasScreen.detailRows
        table.draw(list, in: Rect(x: body.x, y: body.y + 1, width: body.width, height: detailY - 1 - body.y - 1), on: &buffer,
                   emptyText: s.noIdeas) { index in
            let row = rows[index]
            let role: StyleRole = row.status == .proposed ? .accent : (row.status == .declined ? .muted : .good)
            return [(s.ideaStatus(row.status), role), (s.shortDate(row.idea.date), .muted),
                    (row.waitingDays.map(s.waitingDays) ?? "", nil), (row.employee?.name ?? row.idea.employeeId, nil),
                    (row.idea.declineReason.map { row.idea.note + " · " + s.declinedBecause($0) } ?? row.idea.note, nil)]
        }
        // The selected idea whole: its note, and why it was declined.
        buffer.write(String(repeating: buffer.glyphs.horizontal, count: body.width), x: body.x, y: detailY - 1, role: .muted)
        guard let id = list.selectedID, let row = rows.first(where: { $0.id == id }) else { return }
        var lines = Paragraph.lines(row.idea.note, width: body.width - 2).map { DetailPane.Line($0) }
        if let reason = row.idea.declineReason {
            lines += Paragraph.lines(s.declinedBecause(reason), width: body.width - 2).map { DetailPane.Line($0, role: .muted) }
        }
        DetailPane.draw(Array(lines.prefix(IdeasScreen.detailRows)), scroll: ScrollState(),
                        in: Rect(x: body.x + 1, y: detailY, width: body.width - 2, height: IdeasScreen.detailRows), on: &buffer)
    }
}
