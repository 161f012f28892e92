import ArgumentParser

struct ContributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contribution", abstract: "List contributions, follow ideas, delete mistakes.",
        subcommands: [ContributionList.self, ContributionStatus.self, ContributionDelete.self])
}
