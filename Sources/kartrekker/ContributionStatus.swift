import ArgumentParser
import KartrekkerCore

struct ContributionStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Move an idea along: proposed, adopted, implemented or declined.",
        discussion: "A decline may say why (--reason); the Ideas view shows it beside the idea.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The idea's id.") var id: String
    @Argument(help: "proposed, adopted, implemented or declined.") var status: IdeaStatus
    @Option(parsing: .unconditional, help: ArgumentHelp("Why it was declined.", valueName: "text")) var reason: String?

    func validate() throws {
        if reason != nil, status != .declined {
            throw UsageWording.error("--reason goes with declined only", nl: "--reason hoort alleen bij declined")
        }
    }

    func run() throws {
        let updated = try global.session().setIdeaStatus(id, status, reason: reason)
        print("\(updated.id) is \(status.rawValue) (\(updated.points) points)")
    }
}
