import ArgumentParser

struct RecognitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognition", abstract: "List the recognitions given.",
        subcommands: [RecognitionList.self])
}
