import ArgumentParser

struct RecognitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognition", abstract: "List the recognitions given; correct or delete mistakes.",
        subcommands: [RecognitionList.self, RecognitionShow.self, RecognitionEdit.self, RecognitionDelete.self])
}
