import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

/// `kartrekker privacy-statement`: the statement the privacy officer and the works council
/// read, from the running setup.
struct PrivacyStatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy-statement",
        abstract: "Write the privacy statement of this setup: what is kept about whom, where, for how long, what the boards show, and people's rights.",
        discussion: """
            Written from the actual configuration (the data directory or database, its roles, the retention \
            period, the board and nudge settings). Markdown for the minutes, or one self-contained HTML page \
            that prints on A4. On a database its owner's statement lists who has which role.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @OptionGroup var global: GlobalOptions
    @Option(help: "markdown or html.") var format: Format = .markdown
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite FILE if it exists.") var force = false

    func run() throws {
        let session = try global.session()
        if let output { try session.refuseExportInside(output) }
        let document = try session.privacyStatement()
        let text = format == .html ? document.html : document.markdown
        guard let output else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        try ExportFile.write(Data(text.utf8), to: output, force: force)
        Console.emit("Wrote the privacy statement to \(SafeText.escaped(output))", session)
    }
}
