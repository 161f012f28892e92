import ArgumentParser
import KartrekkerCore

struct ContributionStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Move an idea along: proposed, adopted, implemented or declined.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The idea's id.") var id: String
    @Argument(help: "proposed, adopted, implemented or declined.") var status: IdeaStatus

    func run() throws {
        let updated = try global.session().setIdeaStatus(id, status)
        print("\(updated.id) is \(status.rawValue) (\(updated.points) points)")
    }
}
