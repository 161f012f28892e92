import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerApp
import KartrekkerPort

/// `kartrekker db access`: who may do what in the database.
struct DatabaseAccessList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "List the database roles that lead teams or read as HR (as the database's owner)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.session().administration(for: "db access")
        let everyone = try store.access()
        guard !everyone.isEmpty else {
            print("No role may read anything in \(store.location) yet but its owner; give one teams with `kartrekker db lead ROLE TEAM…`.")
            return
        }
        let width = everyone.map { SafeText.escaped($0.role).count }.max() ?? 4
        print("ROLE".padding(toLength: max(width, 4), withPad: " ", startingAt: 0) + "  MAY")
        for access in everyone {
            print(SafeText.escaped(access.role).padding(toLength: max(width, 4), withPad: " ", startingAt: 0) + "  " + DatabaseAccessList.may(access))
        }
    }

    /// What `access` allows, in a few words.
    static func may(_ access: DatabaseAccess) -> String {
        var parts: [String] = []
        if access.readsEverything { parts.append("read every team (HR)") }
        if !access.teams.isEmpty { parts.append("lead " + access.teams.map(SafeText.escaped).joined(separator: ", ")) }
        return parts.isEmpty ? "nothing" : parts.joined(separator: "; ")
    }

    /// One line saying what a role may do now, after a change.
    static func sentence(_ access: DatabaseAccess, in location: String) -> String {
        "In \(location), \(SafeText.escaped(access.role)) may now: \(may(access))."
    }
}
