import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

/// The recap as a document for the minutes (Markdown), for the screen in the meeting room (one
/// HTML page, large type) or for a terminal (text), in the words of `Strings`. Text from the
/// data is written as text, never read as markup.
public enum RecapDocument {
    public static func document(_ recap: Recap, strings s: Strings) -> PlainDocument {
        let literal = PlainDocument.literal
        var intro = [s.recapDays(recap.days, partial: recap.comparison?.isPartial ?? false, allTime: recap.period.kind == .all)]
        if recap.notShown > 0 { intro.append(s.recapNotShown(recap.notShown)) }

        var sections: [PlainDocument.Section] = []
        switch recap.board {
        case .teams:
            sections.append(PlainDocument.Section(s.recapTeams, paragraphs: recap.teams.isEmpty ? [s.recapNoKartrekkers] : [],
                                                  items: recap.teams.map { literal(s.recapTeamRank($0.rank, $0.team, people: $0.people, score: $0.score)) }))
        case .points, .ranks:
            sections.append(PlainDocument.Section(
                s.recapKartrekkers, paragraphs: recap.kartrekkers.isEmpty ? [s.recapNoKartrekkers] : [],
                items: recap.kartrekkers.map { row in
                    s.recapRank(row.rank, literal(row.employee.name), team: literal(row.employee.team),
                                score: recap.board == .points ? row.score : nil)
                }))
        }
        sections.append(PlainDocument.Section(
            s.recapStories,
            paragraphs: recap.stories.isEmpty ? [s.recapNoStories] : recap.stories.map { story in
                let about = [literal(story.employee.name), s.category(story.contribution.category), s.mediumDate(story.contribution.date)]
                    + (story.recognized ? [s.recapRecognized] : [])
                return about.joined(separator: " · ") + ": " + literal(story.contribution.note)
                    + s.storyParts(story.contribution.story).map { " " + literal($0) }.joined()
            }))
        sections.append(PlainDocument.Section(
            s.recapIdeas, paragraphs: recap.ideas.isEmpty ? [s.recapNoIdeas] : [],
            items: recap.ideas.map { idea in
                literal(idea.contribution.note) + " · " + literal(idea.employee.name)
                    + (idea.contribution.ideaStatus.map { " (" + s.ideaStatus($0) + ")" } ?? "")
            } + more(recap.ideaTotal - recap.ideas.count, s)))
        sections.append(PlainDocument.Section(
            s.recapRecognitions, paragraphs: recap.recognitions.isEmpty ? [s.recapNoRecognitions] : [],
            items: recap.recognitions.map { given in
                literal(given.employee.name) + " · " + s.recognitionKind(given.recognition.kind) + ": “" + literal(given.recognition.message) + "”"
            } + more(recap.recognitionTotal - recap.recognitions.count, s)))
        sections.append(PlainDocument.Section(
            s.recapMilestones, paragraphs: recap.milestones.isEmpty ? [s.recapNoMilestones] : [],
            items: recap.milestones.map { s.mediumDate($0.date) + " · " + literal($0.employee.name) + " · " + s.recapService($0) }))
        let against = recap.comparison.flatMap { comparison in comparison.previous.map { s.against(s.span($0)) } }
        sections.append(PlainDocument.Section(
            s.recapFigures,
            items: recap.figures.map { figure in
                let change = s.change(figure.value, from: figure.previous, percent: figure.kind == .contributions, unicode: true)
                return s.figure(figure.kind) + ": " + s.number(figure.value)
                    + (against.map { " (" + [change, $0].filter { !$0.isEmpty }.joined(separator: " ") + ")" } ?? "")
            }))
        var document = PlainDocument(title: s.recapTitle(s.period(recap.period), team: recap.team.map(literal)), intro: intro,
                                     sections: sections)
        document.language = s.language
        document.presentation = true
        return document
    }

    /// "and 12 more", where a list was cut.
    private static func more(_ count: Int, _ s: Strings) -> [String] {
        count > 0 ? [s.andMore(count)] : []
    }
}
