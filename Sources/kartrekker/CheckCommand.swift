import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Read every data file and report problems; changes nothing.",
        discussion: "Exit 0 with a summary when sound; exit 1 with one FILE:LINE:COLUMN line per problem.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try global.context()
        // Exactly what is on disk: no interrupted write is completed, nothing is written.
        let store = DataStore(directory: context.store.directory, recoversInterruptedWrites: false)
        let report = store.check()
        guard report.isSound else {
            for problem in report.problems { Console.printError(problem) }
            throw ExitCode(1)
        }
        print(report.summary + " in " + store.directory.path)
    }
}
