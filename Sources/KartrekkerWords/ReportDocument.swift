import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

/// The report before a person's yearly conversation as a document to print (Markdown, one
/// HTML page for A4, or text), in the words of `Strings`: only the person's own records.
public enum ReportDocument {
    public static func document(_ report: PersonReport, strings s: Strings) -> PlainDocument {
        let literal = PlainDocument.literal
        let person = report.employee
        var profile = [literal(person.name), literal(person.team)]
        if let role = person.role { profile.append(literal(role)) }
        if let start = person.startDate { profile.append(s.since(start)) }
        let recognized = report.recognitions.count
        var sections: [PlainDocument.Section] = []
        if report.contributions.isEmpty { sections.append(PlainDocument.Section(s.reportContributions, paragraphs: [s.reportNothing])) }
        for (category, contributions) in report.byCategory {
            sections.append(PlainDocument.Section(
                s.category(category).capitalizedFirst + " (\(contributions.count))",
                items: contributions.map { s.mediumDate($0.date) + ": " + literal($0.note) }))
        }
        sections.append(PlainDocument.Section(
            s.reportIdeas, paragraphs: report.ideas.isEmpty ? [s.reportNoIdeas] : [],
            items: report.ideas.map { idea in
                s.mediumDate(idea.date) + ": " + literal(idea.note) + (idea.ideaStatus.map { " · " + s.ideaStatus($0) } ?? "")
            }))
        sections.append(PlainDocument.Section(
            s.reportRecognitions, paragraphs: report.recognitions.isEmpty ? [s.reportNoRecognitions] : [],
            items: report.recognitions.map { given in
                s.mediumDate(given.date) + " · " + s.recognitionKind(given.kind) + ": “" + literal(given.message) + "”"
                    + (given.visibility == .private ? " (" + s.reportPrivate + ")" : "")
            }))
        sections.append(PlainDocument.Section(s.reportMonths, items: report.months.map(s.reportMonth)))
        let within = report.milestones.filter { report.range.contains($0.date) }
        let next = report.milestones.first { $0.date > report.range.to }
        sections.append(PlainDocument.Section(
            s.reportMilestones, paragraphs: person.startDate == nil ? [s.reportNoMilestones] : [],
            items: within.map { s.mediumDate($0.date) + ": " + s.recapService($0) }
                + (next.map { [s.reportNext(s.mediumDate($0.date) + ": " + s.recapService($0))] } ?? [])))
        var document = PlainDocument(
            title: s.reportTitle(literal(person.name)),
            intro: [profile.joined(separator: " · "),
                    s.reportSummary(report.range, contributions: report.contributions.count, score: report.score, recognitions: recognized)],
            sections: sections)
        document.language = s.language
        return document
    }
}

extension ReportDocument {
    /// A name as part of a file name: letters and digits, folded, words joined by `-`.
    public static func fileName(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "employee" : words.joined(separator: "-")
    }
}

extension String {
    /// "Glimlach" from "glimlach": a word of the table at the start of a line or heading.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
