import ArgumentParser
import KartrekkerCore

struct ContributionStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Move an idea along: proposed, adopted, implemented or declined.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The idea's id.") var id: String
    @Argument(help: "proposed, adopted, implemented or declined.") var status: IdeaStatus

    func run() throws {
        let context = try global.context()
        let updated = try context.store.withWriteLock {
            guard let contribution = try context.store.record(Contribution.self, id: id) else {
                throw KartrekkerError("no contribution has id \(SafeText.escaped(id))")
            }
            let updated = try Records.withStatus(contribution, status)
            if updated != contribution { try context.store.replace(updated) }
            return updated
        }
        print("\(updated.id) is \(status.rawValue) (\(updated.points) points)")
    }
}
