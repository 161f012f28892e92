import CursesTerminal
import Foundation
import KartrekkerApp
import KartrekkerCore
import KartrekkerTUI
import TerminalKit

/// Starts the terminal UI on the data directory, or says why it cannot.
enum TerminalUI {
    static func run(_ global: GlobalOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try global.session().configuration
        do {
            try CursesTerminal.checkInteractive(environment: environment)
        } catch let error as TerminalError {
            throw KartrekkerError("\(error.description); the terminal UI needs an interactive terminal. "
                                  + "Every action is a subcommand too: see kartrekker --help")
        }
        let terminal = try CursesTerminal(mode: .terminal)
        let ui = KartrekkerUI(configuration: configuration)
        Runner(program: ui, terminal: terminal, watch: ui.changeProbe).run()
    }
}
