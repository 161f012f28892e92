import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerWords

/// `kartrekker employee report`: the page a team lead prints before a person's yearly
/// conversation.
struct EmployeeReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The page to print before a person's yearly conversation: their contributions, ideas, recognitions, scores and jubilea.",
        discussion: """
            Over --from … --to (default: the twelve months up to today): the person's contributions with their \
            notes by category, their ideas and what became of them, the recognitions they received (private ones \
            too: the report is for the conversation with them), their points month by month and their work \
            anniversaries. Nothing about anyone else. In the language of --lang; the same as p on the employee page.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: ArgumentHelp("First day (with --to).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day (with --from).", valueName: "date")) var to: String?
    @OptionGroup var document: DocumentOutput

    func validate() throws {
        if (from == nil) != (to == nil) { throw UsageWording.error("--from and --to go together", nl: "--from en --to horen bij elkaar") }
    }

    func run() throws {
        let session = try global.session()
        try document.check(session)
        let report = try session.report(of: employee, in: try session.range(from: from, to: to))
        try document.emit(ReportDocument.document(report, strings: Strings(Console.language)), what: "the report", session)
    }
}
