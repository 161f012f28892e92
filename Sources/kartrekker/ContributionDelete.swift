import ArgumentParser

struct ContributionDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a contribution recorded by mistake.",
        discussion: "Recognitions that were for it stay, without the link.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The contribution's id.") var id: String

    func run() throws {
        let deleted = try global.session().deleteContribution(id).contribution
        print("Deleted \(deleted.id) (\(deleted.date), \(deleted.category.rawValue))")
    }
}
