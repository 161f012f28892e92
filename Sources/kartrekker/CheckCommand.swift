import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Read every data file and report problems; changes nothing.",
        discussion: "Exit 0 with a summary when sound; exit 1 with one FILE:LINE:COLUMN line per problem.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if let database = try global.database() {
            throw KartrekkerError("check reads the files of a data directory; \(database.description) is a database, which keeps its records whole itself (keys and constraints)",
                                  details: ["`kartrekker db migrate` tells its schema version"])
        }
        let session = try global.session()
        let report = try session.check(progress: Console.progress("Checking"))
        guard report.isSound else {
            for problem in report.problems { Console.printError(problem) }
            throw ExitCode(1)
        }
        print(report.summary + " in " + session.dataDirectory.path)
    }
}
