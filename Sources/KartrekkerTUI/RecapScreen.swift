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
    struct Page: Hashable {
        var heading: String
        var entries: [String]
        /// The title page: larger, centred.
        var isTitle = false
        /// A story's page: who, then what and when, then the story itself.
        var teller: Teller?
    }

    struct Teller: Hashable {
        let name: String
        let about: String
    }

    var data: Loadable<Recap> = .idle
    var choice = PeriodChoice()
    var team: String?
    var page = 0

    static func bindings(_ s: Strings) -> BindingTable<Action> {
        BindingTable(title: s.recapScreenTitle, [
            KeyBinding([([.character(" "), .pageDown, .down, .character("j")], .page(1)),
                        ([.pageUp, .character("b"), .up, .character("k")], .page(-1))],
                       s.keyPage, help: s.keyPageHelp, keyLabel: s.keyPageLabel),
            KeyBinding([([.home, .character("g")], .first), ([.end, .character("G")], .last)], s.keyFirstLast,
                       help: s.keyFirstLastHelp, keyLabel: "g/G", inFooter: false),
            KeyBinding([([.left, .character("h")], .kind(-1)), ([.right, .character("l")], .kind(1))], s.keyPeriod,
                       help: s.keyPeriodHelp, keyLabel: "←→"),
            KeyBinding([([.character("[")], .step(-1)), ([.character("]")], .step(1))], s.keyEarlierLater,
                       help: s.keyEarlierLaterHelp, keyLabel: "[ ]"),
            KeyBinding([.character("t")], s.keyTeam, help: s.keyTeamHelp, action: .team),
        ])
    }

    /// The period to recap.
    func shown(today: CalendarDate) -> Period { choice.shown(today: today) }

    /// The pages of `recap` for a body of `width` columns and `height` rows: a section too long
    /// for one page goes on over the next ("(2/3)").
    static func pages(_ recap: Recap, strings s: Strings, width: Int, height: Int) -> [Page] {
        let document = RecapDocument.document(recap, strings: s)
        var pages = [Page(heading: document.title, entries: document.intro, isTitle: true)]
        for section in document.sections {
            if section.heading == s.recapStories && !recap.stories.isEmpty {
                for (index, story) in recap.stories.enumerated() {
                    var page = Page(heading: s.storyHeading(index + 1, of: recap.stories.count), entries: [story.contribution.note])
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
                pages.append(Page(heading: heading, entries: chunk))
            }
        }
        return pages
    }

    /// The text column: calm line lengths, centred in wide terminals.
    static func column(_ width: Int) -> Int { min(72, max(20, width - 8)) }

    mutating func loaded(_ recap: Recap) {
        data = .loaded(recap)
    }

    mutating func handle(_ key: Key, layout: UILayout, strings: Strings, today: CalendarDate, teams: [String]) -> ScreenOutcome {
        let count = data.value.map { RecapScreen.pages($0, strings: strings, width: layout.body.width, height: layout.body.height).count } ?? 1
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
        let pages = RecapScreen.pages(recap, strings: s, width: body.width, height: body.height)
        let shown = pages[min(page, pages.count - 1)]
        let column = RecapScreen.column(body.width)
        let left = body.x + (body.width - column) / 2
        // Where we are, quietly, in the top corner.
        let place = s.pageOf(min(page, pages.count - 1) + 1, pages.count)
        buffer.write(place, x: body.maxX - ScreenBuffer.width(of: place) - 1, y: body.y, role: .muted)
        if shown.isTitle {
            // The title page: the title and its lines in the middle of the screen.
            let title = Paragraph.lines(shown.heading, width: column)
            let lines = title + [""] + shown.entries.flatMap { Paragraph.lines($0, width: column) + [""] }
            var y = body.y + max(1, (body.height - lines.count) / 2)
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
        for entry in shown.entries {
            for line in Paragraph.lines(entry, width: column) where y < body.maxY {
                buffer.write(line, x: left, y: y, width: column, role: .normal)
                y += 1
            }
            y += 1
        }
    }
}
