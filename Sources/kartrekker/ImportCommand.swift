import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring data in from other programs.",
        subcommands: [ImportEmployees.self, ImportFeedback.self])
}
