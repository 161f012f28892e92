import CursesTerminal
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerTUI
import TerminalKit

/// Starts the terminal UI on the data directory (or the database), or says why it cannot.
enum TerminalUI {
    static func run(_ global: GlobalOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let session = try global.session(pooledConnections: true)
        let configuration = session.configuration
        do {
            try CursesTerminal.checkInteractive(environment: environment)
        } catch let error as TerminalError {
            throw KartrekkerError("\(error.description); the terminal UI needs an interactive terminal. "
                                  + "Every action is a subcommand too: see kartrekker --help",
                                  nl: "\(error.description); het programma heeft een interactieve terminal nodig. " + "Elke handeling is ook een subcommando: zie kartrekker --help")
        }
        let terminal = try CursesTerminal(mode: .terminal)
        // On a database the footer names it and what this role may do there (the data
        // directory's path otherwise); the connection asked goes to the pool for the first load.
        var label = try global.database()?.description
        if let location = label, let access = try? session.accessSummary() { label = location + " · " + access.text(in: Console.language) }
        let ui = KartrekkerUI(configuration: configuration, strings: Strings(Console.language), directoryLabel: label)
        Runner(program: ui, terminal: terminal, watch: ui.changeProbe).run()
    }
}
