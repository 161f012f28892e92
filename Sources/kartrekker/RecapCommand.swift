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

    @OptionGroup var global: GlobalOptions
    @OptionGroup var days: PeriodOptions
    @Option(help: "Only this team.") var team: String?
    @OptionGroup var document: DocumentOutput

    func run() throws {
        let session = try global.session()
        try document.check(session)
        let recap = try session.recap(try days.period(in: session), team: team)
        try document.emit(RecapDocument.document(recap, strings: Strings(Console.language)), what: "the recap", session)
    }
}
