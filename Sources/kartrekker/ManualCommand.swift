import ArgumentParser
import Foundation

/// A hidden command that prints the manual page `kartrekker(1)` in roff, made from the very
/// command definitions the parser uses (their `--help`), so the page cannot drift from the
/// program. `install.sh` installs it; `man -l` renders it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the manual page kartrekker(1) in roff (for install.sh).", shouldDisplay: false)

    func run() throws {
        print(try ManualPage.roff(), terminator: "")
    }
}
