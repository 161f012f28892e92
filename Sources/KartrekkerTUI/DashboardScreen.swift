import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Monday morning at a glance: this month's kartrekkers, who deserves recognition, the month
/// against the last, twelve weeks of contributions, and what happened lately. `←` `→` move
/// between the blocks with people in them; `Enter` opens the person.
struct DashboardScreen {
    enum Action: Hashable, Sendable {
        /// The block before (-1) or after (+1) the focused one.
        case block(Int)
        case open
        /// Shows or hides the fairness figures.
        case fairness
    }

    enum Block: Int, CaseIterable { case board, nudges, milestones, recent }

    var data: Loadable<Dashboard> = .idle
    /// The month's fairness figures: read after the dashboard (they need the month's records),
    /// so that the first frame never waits for them.
    var fairness: Loadable<Fairness> = .idle
    /// Ideas taken up that await their recognition, named in the "deserve recognition" block
    /// before the nudges (read after the dashboard, like fairness).
    var ideas: [IdeaToThank] = []

    /// One row of the "deserve recognition" block: an idea to thank someone for, or a nudge.
    struct Deserving {
        let id: String
        let employee: Employee
        let idea: Contribution?
        let nudge: NudgeRow?
    }

    /// The block's rows: the ideas first (where the organisation lists who deserves
    /// recognition), then the nudges.
    func deserving(_ dashboard: Dashboard) -> [Deserving] {
        let ideas = dashboard.settings.nudges ? self.ideas : []
        return ideas.map { Deserving(id: "idea:" + $0.idea.id, employee: $0.employee, idea: $0.idea, nudge: nil) }
            + dashboard.nudges.rows.map { Deserving(id: $0.employee.id, employee: $0.employee, idea: nil, nudge: $0) }
    }

    /// The idea selected in the "deserve recognition" block, if a row of ideas is.
    var selectedIdea: Contribution? {
        guard block == .nudges, let dashboard = data.value, let index = nudges.selectedItem else { return nil }
        let rows = deserving(dashboard)
        return rows.indices.contains(index) ? rows[index].idea : nil
    }
    var block = Block.board
    var board = ListState(keys: [])
    var nudges = ListState(keys: [])
    var milestones = ListState(keys: [])
    var recent = ListState(keys: [])
    /// Whether the fairness figures are shown: `nil` as the size decides (where the body is
    /// tall enough for them beside the recent list), else as `f` chose.
    var showsFairness: Bool?

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.tabs[Tab.dashboard.rawValue], [
            KeyBinding([([.left, .character("h")], .block(-1)), ([.right, .character("l")], .block(1))], s.keyBlock,
                       help: s.keyBlockHelp, keyLabel: "←→"),
            KeyBinding([.enter], s.keyOpen, help: s.keyOpenHelp, action: .open),
            KeyBinding([.character("f")], s.keyFairness, help: s.keyFairnessHelp, action: .fairness),
        ])
    }

    /// What each fairness figure means, for the help.
    static func fairnessSection(_ s: Strings) -> KeySection {
        KeySection(title: s.fairnessHelpTitle, entries: s.fairnessExplained.map { label, help in
            KeyEntry(keys: [], keyLabel: label, label: label, help: help)
        })
    }

    /// Where the blocks go in the body: the top blocks and the recent list share the rows
    /// that are left once the fixed lines are placed.
    struct Parts {
        let left: Rect
        let right: Rect
        let topRows: Int
        let figuresY: Int
        /// The fairness block's title row, where it is shown.
        let fairnessY: Int?
        static let fairnessRows = 5
        /// The work anniversaries, under the sparkline: a title and two rows.
        let milestonesY: Int
        static let milestoneRows = 2
        let recentY: Int
        let recentRows: Int

        /// Where the body is this tall, the fairness figures fit above the recent list.
        static let tallEnough = 30

        init(_ body: Rect, fairness shown: Bool? = nil) {
            let spare = max(0, body.height - 9)
            topRows = max(1, spare / 2)
            var recentRows = max(0, spare - topRows)
            let leftWidth = body.width * 11 / 20
            left = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
            right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
            figuresY = body.y + 1 + topRows + 1
            milestonesY = figuresY + 2
            var recentY = figuresY + 5 + 1
            let tall = body.height >= Parts.tallEnough
            if shown ?? tall {
                fairnessY = recentY
                // Above the recent list where there is room; else in its place.
                recentY += tall ? Parts.fairnessRows + 2 : body.height
                recentRows = tall ? max(0, recentRows - Parts.fairnessRows - 2) : 0
            } else {
                fairnessY = nil
            }
            self.recentY = recentY
            self.recentRows = recentRows
        }
    }

    func list(_ block: Block) -> ListState {
        switch block {
        case .board: board
        case .nudges: nudges
        case .milestones: milestones
        case .recent: recent
        }
    }

    /// The teams' board, where the organisation shows no board of people: rank, team, how many
    /// of it scored, points and a bar; not selectable (there is nobody to open).
    static func drawTeams(_ teams: TeamBoard, in area: Rect, on buffer: inout ScreenBuffer, strings s: Strings) {
        guard !teams.rows.isEmpty else {
            buffer.write(s.nobodyOnTeamBoard, x: area.x + 3, y: area.y, width: area.width - 3, role: .muted)
            return
        }
        let best = teams.rows.first?.score ?? 1
        let scoreWidth = max(3, teams.rows.map { s.number($0.score).count }.max() ?? 3)
        // rank, team, a space, people, score, a space, bar: a long team name never runs into
        // its count.
        let nameWidth = max(8, area.width - 28 - scoreWidth)
        for (offset, row) in teams.rows.prefix(area.height).enumerated() {
            let y = area.y + offset
            buffer.writePadded(String(row.rank), x: area.x, y: y, width: 4, role: .normal, alignRight: true)
            buffer.writePadded(row.team, x: area.x + 5, y: y, width: nameWidth, role: .normal)
            buffer.writePadded(s.people(row.people), x: area.x + 6 + nameWidth, y: y, width: 10, role: .muted)
            buffer.writePadded(s.number(row.score), x: area.x + 17 + nameWidth, y: y, width: scoreWidth, role: .normal, alignRight: true)
            buffer.write(Display.bar(row.score, of: best, width: 10, unicode: buffer.glyphs.unicode),
                         x: area.x + 18 + nameWidth + scoreWidth, y: y, width: 10, role: .bar)
        }
    }

    /// The fairness figures of the month so far, a reading each: whole words only, so that
    /// nothing is cut mid-word at 80 columns.
    static func drawFairness(_ loaded: Loadable<Fairness>, of dashboard: Dashboard, at y: Int, in body: Rect, on buffer: inout ScreenBuffer,
                             strings s: Strings) {
        buffer.write(" " + s.fairnessTitle(s.span(dashboard.comparison.current)), x: body.x, y: y, width: body.width, role: .header)
        guard let fairness = loaded.value else {
            if case .failed(let problem) = loaded {
                buffer.write(problem, x: body.x + 3, y: y + 1, width: body.width - 4, role: .danger)
            } else {
                buffer.write(s.loading, x: body.x + 3, y: y + 1, width: body.width - 4, role: .muted)
            }
            return
        }
        let width = body.width - 20
        let named = dashboard.settings.nudges
        let readings = [
            s.fairTopThree(fairness),
            s.fairUnrecognized(fairness, named: named, width: width),
            s.fairBreadth(fairness),
            s.fairKinds(fairness, width: width),
            s.fairMoments(fairness, width: width),
        ]
        for (offset, (label, reading)) in zip(s.fairnessLabels, readings).enumerated() {
            buffer.write(label, x: body.x + 3, y: y + 1 + offset, width: 15, role: .muted)
            buffer.write(reading, x: body.x + 19, y: y + 1 + offset, width: width, role: .normal)
        }
    }

    /// The rows the nudge list shows: one is kept for "and N more" when they do not all fit.
    static func nudgeRows(_ parts: Parts, count: Int) -> Int {
        count > parts.topRows ? parts.topRows - 1 : parts.topRows
    }

    func parts(_ body: Rect) -> Parts { Parts(body, fairness: showsFairness) }

    mutating func loaded(_ dashboard: Dashboard, layout: UILayout) {
        data = .loaded(dashboard)
        let parts = self.parts(layout.body)
        // No board of people where the organisation shows teams only: nothing to select there.
        let people = dashboard.settings.board == .teams ? [] : dashboard.board.rows
        board.reload(ids: people.map(\.employee.id), keys: people.map(\.employee.name), height: parts.topRows)
        reloadDeserving(dashboard, parts: parts)
        milestones.reload(ids: dashboard.milestones.map(\.employee.id), keys: dashboard.milestones.map(\.employee.name),
                          height: Parts.milestoneRows)
        recent.reload(ids: dashboard.recent.map(\.id), keys: dashboard.recent.map { $0.employee?.name ?? "" },
                      height: parts.recentRows)
    }

    mutating func reloadDeserving(_ dashboard: Dashboard, parts: Parts) {
        let rows = deserving(dashboard)
        nudges.reload(ids: rows.map(\.id), keys: rows.map(\.employee.name), height: DashboardScreen.nudgeRows(parts, count: rows.count))
    }

    /// The ideas to thank arrived: the block shows them before the nudges.
    mutating func loaded(ideas: [IdeaToThank], layout: UILayout) {
        self.ideas = ideas
        guard let dashboard = data.value else { return }
        let parts = parts(layout.body)
        reloadDeserving(dashboard, parts: parts)
        // Unless someone is moving in the block, it starts at its top: the ideas come first.
        if block != .nudges, let first = deserving(dashboard).first {
            nudges.select(id: first.id, height: DashboardScreen.nudgeRows(parts, count: nudges.ids.count))
        }
    }

    mutating func clamp(layout: UILayout) {
        let parts = self.parts(layout.body)
        board.clamp(height: parts.topRows)
        nudges.clamp(height: DashboardScreen.nudgeRows(parts, count: nudges.visible.count))
        milestones.clamp(height: Parts.milestoneRows)
        recent.clamp(height: parts.recentRows)
    }

    /// The employee selected in the focused block.
    var selectedEmployee: String? {
        guard let dashboard = data.value else { return nil }
        switch block {
        case .board: return board.selectedID
        case .nudges:
            guard let index = nudges.selectedItem else { return nil }
            let rows = deserving(dashboard)
            return rows.indices.contains(index) ? rows[index].employee.id : nil
        case .milestones: return selectedMilestone?.employee.id
        case .recent:
            return recent.selectedID.flatMap { id in dashboard.recent.first { $0.id == id }?.employeeId }
        }
    }

    /// The jubileum selected, where the anniversaries' block has the focus (`r` recognizes it).
    var selectedMilestone: Milestone? {
        guard block == .milestones, let dashboard = data.value, let index = milestones.selectedItem,
              dashboard.milestones.indices.contains(index) else { return nil }
        return dashboard.milestones[index]
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings) -> ScreenOutcome {
        var parts = self.parts(layout.body)
        switch DashboardScreen.bindings(strings).action(for: key) {
        case .block(let direction):
            // A block with nobody in it, or not shown, is stepped over.
            let order = Block.allCases.filter { $0 == block || (!list($0).visible.isEmpty && ($0 != .recent || parts.recentRows > 0)) }
            let index = order.firstIndex(of: block)!
            block = order[min(order.count - 1, max(0, index + direction))]
            return .handled
        case .open:
            return selectedEmployee.map(ScreenOutcome.open) ?? .handled
        case .fairness:
            showsFairness = parts.fairnessY == nil
            parts = self.parts(layout.body)
            if block == .recent && parts.recentRows == 0 { block = .board }
            recent.clamp(height: parts.recentRows)
            return .handled
        case nil:
            break
        }
        // Only moving: a filter makes no sense on a five-row block.
        guard key != .character("/") else { return .unhandled }
        let moved: Bool
        switch block {
        case .board: moved = board.handle(key, height: parts.topRows)
        case .nudges: moved = nudges.handle(key, height: DashboardScreen.nudgeRows(parts, count: nudges.visible.count))
        case .milestones: moved = milestones.handle(key, height: Parts.milestoneRows)
        case .recent: moved = recent.handle(key, height: parts.recentRows)
        }
        return moved ? .handled : .unhandled
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        let parts = self.parts(body)
        guard let dashboard = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted)
            return
        }
        let unicode = buffer.glyphs.unicode
        let month = dashboard.month
        let left = parts.left
        let right = parts.right

        // Kartrekkers of the month (or teams, or ranks without points, as the organisation agreed).
        let mode = dashboard.settings.board
        let hidden = dashboard.board.notShown > 0 && mode != .teams ? " · " + s.hiddenOnBoard(dashboard.board.notShown) : ""
        buffer.write(" " + (mode == .teams ? s.teamsOf(s.period(month)) : s.kartrekkers(s.period(month))) + hidden, x: left.x, y: left.y,
                     width: left.width - 1, role: block == .board ? .title : .header)
        if let teams = dashboard.teams {
            DashboardScreen.drawTeams(teams, in: Rect(x: left.x, y: left.y + 1, width: left.width - 1, height: parts.topRows),
                                      on: &buffer, strings: s)
        } else {
            let best = dashboard.board.rows.first?.score ?? 1
            // A score is never cut short: a month of thousands of points widens its column, the
            // names give way. Without points (ranks only) the names take their room.
            let scoreWidth = mode == .ranks ? 0 : max(3, dashboard.board.rows.map { s.number($0.score).count }.max() ?? 3)
            let nameWidth = max(8, left.width - (mode == .ranks ? 13 : 25 + scoreWidth))
            // (The list clears its rows first: what it says when empty is its own.)
            ListView.draw(board, in: Rect(x: left.x, y: left.y + 1, width: left.width - 1, height: parts.topRows),
                          on: &buffer, emptyText: "  " + s.nobodyOnBoard, scrollbar: false) { index, row, selected, buffer in
                let entry = dashboard.board.rows[index]
                let role: StyleRole = selected && block == .board ? .selected : .normal
                buffer.fill(row, role: role)
                buffer.writePadded(String(entry.rank), x: row.x, y: row.y, width: 4, role: role, alignRight: true)
                buffer.writePadded(entry.employee.name, x: row.x + 5, y: row.y, width: nameWidth, role: role)
                var x = row.x + 6 + nameWidth
                if mode == .points {
                    buffer.writePadded(s.number(entry.score), x: x, y: row.y, width: scoreWidth, role: role, alignRight: true)
                    buffer.write(Display.bar(entry.score, of: best, width: 10, unicode: unicode), x: x + 1 + scoreWidth, y: row.y,
                                 width: 10, role: selected && block == .board ? .selected : .bar)
                    x += 13 + scoreWidth
                }
                let change = s.change(entry, in: month, unicode: unicode)
                buffer.write(change, x: x, y: row.y, width: 5,
                             role: selected && block == .board ? .selected : DashboardScreen.role(Display.tone(entry)))
            }
        }

        // Who deserves recognition.
        buffer.write(s.deserveRecognition, x: right.x, y: right.y, width: right.width, role: block == .nudges ? .title : .header)
        let deserving = self.deserving(dashboard)
        let rows = DashboardScreen.nudgeRows(parts, count: deserving.count)
        let nudgeName = max(8, right.width - 20)
        // (The list clears its rows first: what it says when empty is its own.)
        ListView.draw(nudges, in: Rect(x: right.x, y: right.y + 1, width: right.width - 1, height: rows), on: &buffer,
                      emptyText: dashboard.settings.nudges ? s.everyoneRecognized : s.nudgesOff, scrollbar: false) { index, row, selected, buffer in
            let entry = deserving[index]
            let role: StyleRole = selected && block == .nudges ? .selected : .normal
            buffer.fill(row, role: role)
            // A space always between the name and "120 dagen".
            buffer.writePadded(entry.employee.name, x: row.x, y: row.y, width: nudgeName - 2, role: role)
            if let idea = entry.idea {
                // The idea taken up, named where the days and points of a nudge go.
                buffer.writePadded(s.ideaToThank(idea), x: row.x + nudgeName - 1, y: row.y, width: 18, role: selected && block == .nudges ? .selected : .good,
                                   alignRight: true)
                return
            }
            guard let nudge = entry.nudge else { return }
            buffer.writePadded(s.daysAgo(nudge.daysSinceRecognition), x: row.x + nudgeName - 2, y: row.y, width: 10, role: role,
                               alignRight: true)
            // Points only where the organisation shows them.
            buffer.writePadded(dashboard.settings.board == .points ? s.points(nudge.score) : "", x: row.x + nudgeName + 9, y: row.y, width: 8,
                               role: selected && block == .nudges ? .selected : .muted, alignRight: true)
        }
        if deserving.count > rows {
            buffer.write(s.andMore(deserving.count - rows), x: right.x, y: right.y + 1 + rows, width: right.width - 1,
                         role: .muted)
        }

        // This month against the last, or its days so far against the same days of the last.
        let figuresY = parts.figuresY
        buffer.write(" " + s.versus(dashboard.comparison), x: left.x, y: figuresY, width: left.width - 1, role: .header)
        for (offset, figure) in dashboard.figures.enumerated() {
            let y = figuresY + 1 + offset
            buffer.write(s.figure(figure.kind), x: left.x + 3, y: y, width: 16, role: .muted)
            buffer.writePadded(s.number(figure.value), x: left.x + 19, y: y, width: 9, role: .normal, alignRight: true)
            if figure.kind == .contributing {
                buffer.write(s.ofWhole(dashboard.activeEmployees), x: left.x + 29, y: y, width: max(0, left.width - 30), role: .muted)
            } else {
                let change = s.change(figure.value, from: figure.previous, percent: figure.kind == .contributions, unicode: unicode)
                let role: StyleRole = figure.value > figure.previous ? .good : (figure.value < figure.previous ? .danger : .muted)
                buffer.write(change, x: left.x + 31, y: y, width: max(0, left.width - 32), role: role)
            }
        }
        buffer.write(s.sparkTitle, x: right.x, y: figuresY, width: right.width, role: .header)
        Sparkline.draw(dashboard.weeklyContributions, at: right.x, y: figuresY + 1, width: right.width - 1, on: &buffer)

        // The work anniversaries of the coming two weeks.
        buffer.write(s.milestonesTitle, x: right.x, y: parts.milestonesY, width: right.width - 1,
                     role: block == .milestones ? .title : .header)
        ListView.draw(milestones, in: Rect(x: right.x, y: parts.milestonesY + 1, width: right.width - 1, height: Parts.milestoneRows),
                      on: &buffer, emptyText: "", scrollbar: false) { index, row, selected, buffer in
            let entry = dashboard.milestones[index]
            let role: StyleRole = selected && block == .milestones ? .selected : .normal
            buffer.fill(row, role: role)
            let years = s.serviceYears(entry, unicode: unicode)
            let yearsWidth = max(7, years.count)
            buffer.writePadded(s.shortDate(entry.date), x: row.x, y: row.y, width: 6, role: role)
            buffer.writePadded(entry.employee.name, x: row.x + 7, y: row.y, width: max(1, row.width - 8 - yearsWidth), role: role)
            buffer.writePadded(years, x: row.maxX - yearsWidth, y: row.y, width: yearsWidth, role: role, alignRight: true)
        }
        // (After the list, which clears its rows.)
        if dashboard.milestones.isEmpty {
            buffer.write(s.noMilestones, x: right.x, y: parts.milestonesY + 1, width: right.width - 1, role: .muted)
        }

        if let fairnessY = parts.fairnessY {
            DashboardScreen.drawFairness(fairness, of: dashboard, at: fairnessY, in: body, on: &buffer, strings: s)
        }

        // What happened lately.
        let recentY = parts.recentY
        guard parts.recentRows > 0, recentY < body.maxY else { return }
        buffer.write(" " + s.recent, x: body.x, y: recentY, width: body.width, role: block == .recent ? .title : .header)
        if dashboard.recent.isEmpty {
            buffer.write(s.nothingRecorded, x: body.x + 3, y: recentY + 1, width: body.width - 4, role: .muted)
        }
        let area = Rect(x: body.x, y: recentY + 1, width: body.width, height: min(parts.recentRows, body.maxY - recentY - 1))
        ListView.draw(recent, in: area, on: &buffer, emptyText: "", scrollbar: false) { index, row, selected, buffer in
            let item = dashboard.recent[index]
            ActivityLine.draw(item, showDate: true, in: row, width: area.width, selected: selected && block == .recent, strings: s,
                              on: &buffer)
        }
    }

    static func role(_ tone: Display.Tone) -> StyleRole {
        switch tone {
        case .up: .good
        case .down: .danger
        case .same: .muted
        }
    }
}
