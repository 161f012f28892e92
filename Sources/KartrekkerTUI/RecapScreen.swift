import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange
import TerminalKit

/// The recap for the team meeting, full screen and paged: a title page, then a page per
/// section of `RecapDocument` (the same words as `kartrekker recap`), each story a page of its
/// own, in calm, spaced type. `Space` `PgDn` page on, `PgUp` `b` back; `←` `→` the kind of
/// period, `[` `]` the period, `t` the team, as on the leaderboard.
struct RecapScreen {
    enum Action: Hashable, Sendable {
        case kind(Int), step(Int), team
        case page(Int), first, last
    }

    /// One page: a heading and its entries, each a paragraph (wrapped when drawn).
    struct Page {
        var heading: String
        var entries: [String]
        /// The title page: larger, centred.
        var isTitle = false
        /// A story's page: who, then what and when, then the story itself.
        var teller: Teller?
        /// The title page's period, or the figures page's figures, in large type where it fits.
        var big: String?
        var figures: [Dashboard.Figure] = []
    }

    struct Teller: Hashable {
        let name: String
        let about: String
    }

    var data: Loadable<Recap> = .idle
    var choice = PeriodChoice()
    var team: String?
    var page = 0
    /// The recap laid out for the terminal's size: made when it loads and when the size
    /// changes, not at every key and frame.
    var pages: [Page] = []

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.recapScreenTitle, [
            KeyBinding([([.character(" "), .pageDown, .down, .character("j")], .page(1)),
                        ([.pageUp, .character("b"), .up, .character("k")], .page(-1))],
                       s.keyPage, help: s.keyPageHelp, keyLabel: s.keyPageLabel),
            KeyBinding([([.home, .character("g")], .first), ([.end, .character("G")], .last)], s.keyFirstLast,
                       help: s.keyFirstLastHelp, keyLabel: "g/G", inFooter: false),
        ] + PeriodChoice.bindings(s, kind: Action.kind, step: Action.step) + [
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
        ])
    }

    /// The period to recap.
    func shown(today: CalendarDate) -> Period { choice.shown(today: today) }

    /// The pages of `recap` for a body of `width` columns and `height` rows: a section too long
    /// for one page goes on over the next ("(2/3)").
    static func pages(_ recap: Recap, strings s: Strings, width: Int, height: Int) -> [Page] {
        let document = RecapDocument.document(recap, strings: s)
        var title = Page(heading: document.title, entries: document.intro, isTitle: true)
        title.big = s.period(recap.period)
        var pages = [title]
        for section in document.sections {
            if section.heading == s.recapStories && !recap.stories.isEmpty {
                for (index, story) in recap.stories.enumerated() {
                    var page = Page(heading: s.storyHeading(index + 1, of: recap.stories.count), entries: [story.contribution.note] + s.storyParts(story.contribution.story))
                    page.teller = Teller(name: story.employee.name, about: ([s.category(story.contribution.category), s.mediumDate(story.contribution.date)]
                                                         + (story.recognized ? [s.recapRecognized] : [])).joined(separator: " · "))
                    pages.append(page)
                }
                continue
            }
            let entries = section.paragraphs + section.items
            // Entries with a blank line between them, under a heading and its blank line.
            let column = RecapScreen.column(width)
            var chunks: [[String]] = [[]]
            var used = 0
            for entry in entries {
                let lines = Paragraph.lines(entry, width: column).count + 1
                if used + lines > max(3, height - 6), !chunks[chunks.count - 1].isEmpty {
                    chunks.append([])
                    used = 0
                }
                chunks[chunks.count - 1].append(entry)
                used += lines
            }
            for (index, chunk) in chunks.enumerated() {
                let heading = chunks.count == 1 ? section.heading : section.heading + " (\(index + 1)/\(chunks.count))"
                var page = Page(heading: heading, entries: chunk)
                if section.heading == s.recapFigures { page.figures = recap.figures }
                pages.append(page)
            }
        }
        return pages
    }

    /// The text column: calm line lengths, centred in wide terminals.
    static func column(_ width: Int) -> Int { min(72, max(20, width - 8)) }

    mutating func loaded(_ recap: Recap, layout: UILayout, strings: Strings) {
        data = .loaded(recap)
        layOut(layout, strings: strings)
    }

    /// Pages for the body `layout` gives, the page shown kept within them.
    mutating func layOut(_ layout: UILayout, strings: Strings) {
        pages = data.value.map { RecapScreen.pages($0, strings: strings, width: layout.body.width, height: layout.body.height) } ?? []
        page = min(page, max(0, pages.count - 1))
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings, today: CalendarDate, teams: [String]) -> ScreenOutcome {
        let count = max(1, pages.count)
        switch RecapScreen.bindings(strings).action(for: key) {
        case .page(let direction):
            page = min(count - 1, max(0, page + direction))
            return .handled
        case .first:
            page = 0
            return .handled
        case .last:
            page = count - 1
            return .handled
        case .kind(let direction):
            guard choice.changeKind(by: direction, today: today) else { return .handled }
        case .step(let direction):
            guard choice.step(by: direction, today: today) else { return .handled }
        case .team:
            team = LeaderboardScreen.cycle(team, teams)
        case nil:
            return .unhandled
        }
        page = 0
        return .reload
    }

    func draw(into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings, today: CalendarDate) {
        let body = layout.body
        guard let recap = data.value else {
            buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted)
            return
        }
        if data.isLoading { buffer.write(s.loading, x: body.x + 1, y: body.y, role: .muted) }
        guard !pages.isEmpty else { return }
        let shown = pages[min(page, pages.count - 1)]
        let column = RecapScreen.column(body.width)
        let left = body.x + (body.width - column) / 2
        // Where we are, quietly, in the top corner.
        let place = s.pageOf(min(page, pages.count - 1) + 1, pages.count)
        buffer.write(place, x: body.maxX - ScreenBuffer.width(of: place) - 1, y: body.y, role: .muted)
        if shown.isTitle {
            // The title page: the period in large type, the title and its lines, in the middle.
            let title = Paragraph.lines(shown.heading, width: column)
            let lines = title + [""] + shown.entries.flatMap { Paragraph.lines($0, width: column) + [""] }
            let big = shown.big.flatMap { text in
                BigText.lines(text) != nil && BigText.width(of: text) <= column && buffer.glyphs.unicode
                    && body.height >= lines.count + BigText.height + 6 ? text : nil
            }
            var y = body.y + max(1, (body.height - lines.count - (big == nil ? 0 : BigText.height + 2)) / 2)
            if let big {
                BigText.draw(big, x: body.x + (body.width - BigText.width(of: big)) / 2, y: y, width: column, on: &buffer)
                y += BigText.height + 2
            }
            for (index, line) in lines.enumerated() {
                let x = body.x + (body.width - ScreenBuffer.width(of: line)) / 2
                buffer.write(line, x: max(body.x, x), y: y, width: column, role: index < title.count ? .title : .muted)
                y += 1
            }
            let hint = s.recapHint
            buffer.write(hint, x: body.x + max(0, (body.width - ScreenBuffer.width(of: hint)) / 2), y: body.maxY - 1, width: body.width,
                         role: .muted)
            return
        }
        var y = body.y + max(1, body.height / 8)
        buffer.write(shown.heading, x: left, y: y, width: column, role: shown.teller == nil ? .title : .muted)
        y += 2
        if let teller = shown.teller {
            buffer.write(teller.name, x: left, y: y, width: column, role: .title)
            buffer.write(teller.about, x: left, y: y + 1, width: column, role: .muted)
            y += 3
        }
        // The figures in large type, each beside its name and change, where there is room.
        if !shown.figures.isEmpty, buffer.glyphs.unicode, body.maxY - y >= shown.figures.count * (BigText.height + 1) {
            let labelWidth = shown.figures.map { ScreenBuffer.width(of: s.figure($0.kind)) }.max() ?? 0
            for figure in shown.figures {
                let value = s.number(figure.value)
                buffer.write(s.figure(figure.kind), x: left, y: y + 1, width: labelWidth, role: .muted)
                let x = left + labelWidth + 3
                if BigText.draw(value, x: x, y: y, width: column - labelWidth - 3, on: &buffer) {
                    let change = s.change(figure.value, from: figure.previous, percent: figure.kind == .contributions, unicode: true)
                    let role: StyleRole = figure.value > figure.previous ? .good : (figure.value < figure.previous ? .danger : .muted)
                    buffer.write(change, x: x + BigText.width(of: value) + 3, y: y + 1, role: role)
                } else {
                    buffer.write(value, x: x, y: y + 1, role: .normal)
                }
                y += BigText.height + 1
            }
            if let previous = recap.comparison?.previous {
                buffer.write(s.against(s.span(previous)), x: left, y: y, width: column, role: .muted)
            }
            return
        }
        for entry in shown.entries {
            for line in Paragraph.lines(entry, width: column) where y < body.maxY {
                buffer.write(line, x: left, y: y, width: column, role: .normal)
                y += 1
            }
            y += 1
        }
    }
}
