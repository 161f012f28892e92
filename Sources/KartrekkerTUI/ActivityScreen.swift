import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Contributions and recognitions, newest first, grouped by day (the date on the first line
/// of each day); `t` team, `C` category, `K` kind, `M` contact moment; `Enter` opens the employee. The newest
/// `pageSize` load first, and more as the selection reaches the end.
struct ActivityScreen {
    enum Action: Hashable, Sendable { case team, category, kind, moment, open }

    static let pageSize = 500

    var data: Loadable<[ActivityItem]> = .idle
    var list = ListState(keys: [])
    var team: String?
    var category: KartrekkerCore.Category?
    var kind: ActivityFilter.Kind?
    var moment: ContactMoment?
    var limit = ActivityScreen.pageSize

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.tabs[Tab.activity.rawValue], [
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
            KeyBinding([.character("C")], s.keyCategory, help: s.keyCategoryHelp, action: .category),
            KeyBinding([.character("K")], s.keyKind, help: s.keyKindHelp, action: .kind),
            KeyBinding([.character("M")], s.keyContactMoment, help: s.keyContactMomentHelp, action: .moment),
        ])
    }

    var filter: ActivityFilter {
        ActivityFilter(kind: kind, team: team, category: category, contactMoment: moment)
    }

    func rows(_ layout: UILayout) -> Int {
        max(0, layout.body.height - 2 - (list.showsFilterLine ? 1 : 0))
    }

    mutating func loaded(_ items: [ActivityItem], layout: UILayout, strings: Strings) {
        data = .loaded(items)
        list.reload(ids: items.map(\.id), keys: items.map { ($0.employee?.name ?? "") + " " + ActivityScreen.text(of: $0, strings) },
                    height: rows(layout))
    }

    /// What the filter matches a row by: the words shown (the category or kind in the person's
    /// language), its key as typed on the command line (`smile`), and the text.
    static func text(of item: ActivityItem, _ s: Strings) -> String {
        switch item.record {
        case .contribution(let c): s.category(c.category) + " " + c.category.rawValue + " " + c.note
        case .recognition(let r): s.recognitionKind(r.kind) + " " + r.kind.rawValue + " " + r.message
        }
    }

    /// Whether more may be there than was loaded.
    var mayHaveMore: Bool { (data.value?.count ?? 0) >= limit }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings, teams: [String],
                         moments: [ContactMoment] = ContactMoment.builtIn) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        switch ActivityScreen.bindings(strings).action(for: key) {
        case .open:
            guard let id = list.selectedID, let item = data.value?.first(where: { $0.id == id }) else { return .handled }
            return .open(item.employeeId)
        case .team: team = LeaderboardScreen.cycle(team, teams)
        case .category:
            category = LeaderboardScreen.cycle(category, KartrekkerCore.Category.allCases)
            if category != nil && kind == .recognitions { kind = nil }
        case .kind:
            kind = LeaderboardScreen.cycle(kind, ActivityFilter.Kind.allCases)
            if kind == .recognitions { category = nil; moment = nil }
        case .moment:
            moment = LeaderboardScreen.cycle(moment, moments)
            if moment != nil && kind == .recognitions { kind = nil }
        case nil:
            guard list.handle(key, height: rows(layout)) else { return .unhandled }
            // At the end of what is loaded: load the next page.
            if mayHaveMore, !data.isLoading, let selected = list.selectedItem, selected >= list.visible.count - 1 {
                limit += ActivityScreen.pageSize
                return .reload
            }
            return .handled
        }
        limit = ActivityScreen.pageSize
        return .reload
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        let kindText = kind.map { s.kind($0) } ?? s.allKinds
        let categoryText = category.map { s.category($0) } ?? s.allCategories
        var summary = [kindText, team ?? s.allTeams, categoryText]
        if let moment { summary.append(s.contactMoment(moment)) }
        if let items = data.value, mayHaveMore { summary.insert(s.shownOf(items.count), at: 0) }
        buffer.write(" " + summary.joined(separator: " · "), x: body.x, y: body.y, width: body.width, role: .muted)
        if data.isLoading { buffer.write(s.loading, x: body.maxX - 10, y: body.y, width: 10, role: .muted) }
        guard let items = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y + 2, role: .muted)
            return
        }
        let (header, area) = body.splitTop(1).rest.splitTop(1)
        ActivityLine.drawHeader(in: header, strings: s, on: &buffer)
        let visible = list.visible
        ListView.draw(list, in: area, on: &buffer, emptyText: s.noActivity) { index, row, selected, buffer in
            // The date on the first line of each day: the days read as groups.
            let position = visible.firstIndex(of: index) ?? 0
            let newDay = position == 0 || items[visible[position - 1]].date != items[index].date
            ActivityLine.draw(items[index], showDate: newDay, in: row, width: area.width, selected: selected, strings: s,
                              on: &buffer)
        }
    }
}
