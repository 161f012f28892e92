import ArgumentParser
import CursesTerminal
import Foundation
import KartrekkerCore
import TerminalKit

/// A hidden command that runs the widget kit's gallery on the real terminal: for trying the
/// backend by hand and for the tmux tests (resize, NO_COLOR, LANG=C, Ctrl-Z, restoring the
/// terminal after q, SIGTERM and a crash).
struct KitDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit-demo", abstract: "Show the terminal widget kit (for testing).", shouldDisplay: false)

    @Flag(help: "Let `!` crash the program on purpose (to test that the terminal is restored).")
    var allowCrash = false

    @Flag(help: "Report mouse wheel and clicks.") var mouse = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            try CursesTerminal.checkInteractive(environment: environment)
        } catch let error as TerminalError {
            throw KartrekkerError("\(error.description); kit-demo needs an interactive terminal",
                                  nl: "\(error.description); kit-demo heeft een interactieve terminal nodig")
        }
        let terminal = try CursesTerminal(mode: .terminal)
        terminal.enableMouse(mouse)
        Runner(program: KitGallery(crashAllowed: allowCrash), terminal: terminal).run()
    }
}
