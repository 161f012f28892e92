import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// The residents' scores beside the effort, per contact moment over the last quarters: each
/// quarter's score as the survey bureau reported it, and small charts of the contributions and
/// smiles that named the moment, side by side (never as cause and effect). `t` one team, `s`
/// types in a score for the selected moment.
struct ResidentsScreen {
    enum Action: Hashable, Sendable { case team, score }

    static let quarterCount = 4

    var data: Loadable<MomentQuarters> = .idle
    var list = ListState(keys: [])
    var team: String?

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.residentsTitle, [
            KeyBinding([.character("s")], s.keySetScore, help: s.keySetScoreHelp, action: .score),
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
        ])
    }

    func rows(_ layout: UILayout) -> Int {
        max(0, layout.body.height - 4 - (list.showsFilterLine ? 1 : 0))
    }

    mutating func loaded(_ view: MomentQuarters, layout: UILayout, strings s: Strings) {
        data = .loaded(view)
        list.reload(ids: view.rows.map(\.moment.key), keys: view.rows.map { s.contactMoment($0.moment) }, height: rows(layout))
    }

    /// The moment selected, for the score form.
    var selectedMoment: ContactMoment? {
        list.selectedID.flatMap { id in data.value?.rows.first { $0.moment.key == id }?.moment }
    }

    mutating func handle(_ key: Key, layout: UILayout, strings s: Strings, teams: [String]) -> ScreenOutcome {
        if list.isFiltering {
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
        switch ResidentsScreen.bindings(s).action(for: key) {
        case .team:
            team = LeaderboardScreen.cycle(team, teams)
            return .reload
        case .score:
            return .form(.residentScore(moment: selectedMoment?.key, team: team))
        case nil:
            return list.handle(key, height: rows(layout)) ? .handled : .unhandled
        }
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        guard let view = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted)
            return
        }
        let span = (view.quarters.first ?? "") + " – " + (view.quarters.last ?? "")
        buffer.write(" " + [s.residentsTitle, span, view.team ?? s.allTeams].joined(separator: " · "), x: body.x, y: body.y,
                     width: body.width, role: .muted)
        if data.isLoading { buffer.write(s.loading, x: body.maxX - 10, y: body.y, width: 10, role: .muted) }
        // Columns: the moment, each quarter's score, then the two charts with the latest count.
        let quarters = view.quarters.count
        let chartWidth = quarters + 5
        let scoreWidth = 5 * quarters
        let nameWidth = max(12, body.width - 2 - scoreWidth - 2 * (chartWidth + 2) - 1)
        let x0 = body.x + 1
        let scoreX = x0 + nameWidth + 1
        let contributionsX = scoreX + scoreWidth + 2
        let smilesX = contributionsX + chartWidth + 2
        let headerY = body.y + 1
        buffer.write(s.columnContactMoment, x: x0, y: headerY, width: nameWidth, role: .header)
        buffer.write(s.columnResidentScore, x: scoreX, y: headerY, width: scoreWidth, role: .header)
        buffer.write(s.columnContributions, x: contributionsX, y: headerY, width: chartWidth, role: .header)
        buffer.write(s.columnSmiles, x: smilesX, y: headerY, width: chartWidth, role: .header)
        for (offset, quarter) in view.quarters.enumerated() {
            buffer.writePadded("Q" + String(quarter.suffix(1)), x: scoreX + 5 * offset, y: headerY + 1, width: 4, role: .muted, alignRight: true)
        }
        let area = Rect(x: body.x, y: headerY + 2, width: body.width, height: rows(layout))
        ListView.draw(list, in: area, on: &buffer, emptyText: s.noContactMoments) { index, row, selected, buffer in
            let entry = view.rows[index]
            let role: StyleRole = selected ? .selected : .normal
            buffer.fill(row, role: role)
            buffer.writePadded(s.contactMoment(entry.moment), x: x0, y: row.y, width: nameWidth, role: role)
            for (offset, score) in entry.scores.enumerated() {
                let lowest = score != nil && entry.moment == view.lowest && offset == entry.scores.lastIndex(where: { $0 != nil })
                buffer.writePadded(score.map { s.decimal($0) } ?? "–", x: scoreX + 5 * offset, y: row.y, width: 4,
                                   role: selected ? .selected : (lowest ? .danger : (score == nil ? .muted : .normal)), alignRight: true)
            }
            Sparkline.draw(entry.contributions, at: contributionsX, y: row.y, width: quarters, role: selected ? .selected : .accent, on: &buffer)
            buffer.writePadded(s.number(entry.contributions.last ?? 0), x: contributionsX + quarters + 1, y: row.y, width: 4, role: role,
                               alignRight: true)
            Sparkline.draw(entry.smiles, at: smilesX, y: row.y, width: quarters, role: selected ? .selected : .good, on: &buffer)
            buffer.writePadded(s.number(entry.smiles.last ?? 0), x: smilesX + quarters + 1, y: row.y, width: 4, role: role, alignRight: true)
        }
        let footY = area.y + area.height
        guard footY < body.maxY else { return }
        var foot = s.sideBySide
        if let lowest = view.lowest { foot = s.lowestScore(s.contactMoment(lowest)) + " " + foot }
        buffer.write(" " + foot, x: body.x, y: footY, width: body.width, role: .muted)
    }
}
