import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

/// `kartrekker import feedback FILE`: residents' praise from a survey's export.
struct ImportFeedback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Record residents' praise from a survey's export (CSV).",
        discussion: """
            The header names the columns, in English or Dutch and in any order: date/datum, \
            score/cijfer and comment/toelichting (required), contact moment/klantmoment and \
            employee/medewerker (where the export has them). The CSV dialects of `import employees`. \
            An answer with a high score (8 of 10, or 4 of 5 where no answer scores above 5; \
            --min-score sets another) that names exactly one employee — in the employee column, or \
            in the comment by their whole name or by title and surname ("mevrouw De Vries") — is \
            recorded as praise from a resident (category praise, 3 points) on its date, the comment \
            as its note. An answer naming nobody, or several people, is listed and left: never \
            guessed. All or nothing: an unreadable date or score makes the whole file refused, \
            every such line named. Importing the same file again adds nothing twice.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(name: .customLong("min-score"), help: ArgumentHelp("The score an answer needs to count as praise, on the file's scale.",
                                                               valueName: "score"))
    var minimumScore: Double?
    @Flag(help: "Report what would happen; change nothing.") var dryRun = false

    func validate() throws {
        if let minimumScore, !(0...10).contains(minimumScore) {
            throw UsageWording.error("--min-score must be a score from 0 to 10", nl: "--min-score moet een cijfer van 0 tot 10 zijn")
        }
    }

    func run() throws {
        let session = try global.session()
        let data = try Console.read(file)
        let outcome = try session.importFeedback(try FeedbackImport(data: data, file: file), minimumScore: minimumScore, dryRun: dryRun)
        let dutch = Console.language == .dutch
        let directory = try session.employeeDirectory()
        var lines: [String] = []
        for praise in outcome.added {
            let name = SafeText.escaped(directory[praise.employeeId]?.name ?? praise.employeeId)
            lines.append((dutch ? "lof voor " : "praise for ") + "\(name), \(praise.date): " + SafeText.escaped(String(praise.note.prefix(60)))
                         + (praise.note.count > 60 ? "…" : ""))
        }
        for remark in outcome.remarks { lines.append((dutch ? "regel \(remark.line): " : "line \(remark.line): ") + remark.reason.text(in: Console.language)) }
        for skip in outcome.skipped {
            lines.append((dutch ? "overgeslagen regel \(skip.line): " : "skipped line \(skip.line): ") + skip.reason.text(in: Console.language))
        }
        if !outcome.ignoredColumns.isEmpty {
            lines.append((dutch ? "genegeerde kolommen: " : "ignored columns: ") + outcome.ignoredColumns.map(SafeText.escaped).joined(separator: ", "))
        }
        let count = outcome.added.count
        let name = SafeText.escaped(file)
        let scale = "\(Display.score(outcome.minimumScore)) \(dutch ? "van" : "of") \(outcome.scale)"
        if dutch {
            let what = count == 1 ? "1 keer lof van een bewoner" : "\(count) keer lof van bewoners"
            lines.append(dryRun ? "Zou \(what) vastleggen uit \(name) (vanaf \(scale)); \(outcome.skipped.count) overgeslagen (proefdraai: er is niets gewijzigd)."
                                : "\(what.capitalizedFirst) vastgelegd uit \(name) (vanaf \(scale)); \(outcome.skipped.count) overgeslagen.")
        } else {
            let what = count == 1 ? "1 resident's praise" : "\(count) residents' praise"
            lines.append(dryRun ? "Would record \(what) from \(name) (from \(scale)); skipped \(outcome.skipped.count) (dry run: nothing was changed)."
                                : "Recorded \(what) from \(name) (from \(scale)); skipped \(outcome.skipped.count).")
        }
        Console.emit(lines.joined(separator: "\n"), session)
    }
}
