import ArgumentParser
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerExchange

/// How a command prints a document (the recap, the yearly report): to the terminal, or to a
/// file the user names (0600, outside the data directory, never over a file unless forced).
struct DocumentOutput: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html }

    @Option(help: "text, markdown or html.") var format: Format = .text
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite FILE if it exists.") var force = false

    /// Refuses a file inside the data directory before anything is read.
    func check(_ session: Session) throws {
        if let output { try session.refuseExportInside(output) }
    }

    /// Prints `document`, or writes it and says so (`what`: "the recap").
    func emit(_ document: PlainDocument, what: String, _ session: Session) throws {
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
        try session.writeDocument(text, to: output, force: force)
        Console.emit("Wrote \(what) to \(SafeText.escaped(output))", session)
    }
}
