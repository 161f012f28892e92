import ArgumentParser

struct ContributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribution", abstract: "List contributions, follow ideas, correct or delete mistakes.",
        subcommands: [ContributionList.self, ContributionShow.self, ContributionEdit.self, ContributionStatus.self, ContributionDelete.self])
}
