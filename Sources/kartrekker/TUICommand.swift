import ArgumentParser

struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open the terminal UI (what `kartrekker` alone does).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try TerminalUI.run(global)
    }
}
