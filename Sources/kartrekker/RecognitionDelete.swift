import ArgumentParser

struct RecognitionDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a recognition recorded by mistake.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The recognition's id.") var id: String

    func run() throws {
        let deleted = try global.session().deleteRecognition(id)
        print("Deleted \(deleted.id) (\(deleted.date), \(deleted.kind.rawValue))")
    }
}
