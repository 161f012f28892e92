import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerWords

/// `kartrekker recap`: the team meeting's recap of a period, for the minutes or the screen.
struct RecapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recap",
        abstract: "The team meeting's recap of a period: kartrekkers, stories, ideas taken up, recognitions, anniversaries, figures.",
        discussion: """
            The same content as the terminal UI's recap (m): as text, as Markdown for the minutes, or as one \
            self-contained HTML page in large type for the screen in the meeting room (no external assets; \
            prints on A4, a section a page). In the language of --lang. Private recognitions never appear; \
            people who asked to be left off boards, or who want praise in private, are left out by name \
            (the recap says how many). Stories: smiles and extra steps with a note, those a recognition is \
            for first, then the fullest notes, one per person, five at most. A period still running is \
            counted up to today and set against the same days of the period before.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var days: PeriodOptions
    @Option(help: "Only this team.") var team: String?
    @Option(help: "text, markdown or html.") var format: Format = .text
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite FILE if it exists.") var force = false

    func run() throws {
        let session = try global.session()
        if let output { try session.refuseExportInside(output) }
        let recap = try session.recap(try days.period(in: session), team: team)
        let document = RecapDocument.document(recap, strings: Strings(Console.language))
        let text: String
        switch format {
        case .text: text = document.text(width: output == nil ? Console.terminalWidth : nil)
        case .markdown: text = document.markdown
        case .html: text = document.html
        }
        guard let output else {
            Console.emit(text, session)
            return
        }
        try ExportFile.write(Data(text.utf8), to: output, force: force)
        Console.emit("Wrote the recap to \(SafeText.escaped(output))", session)
    }
}
