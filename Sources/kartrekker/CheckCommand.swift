import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Read every data file (or every row of a database) and report problems; changes nothing.",
        discussion: "Exit 0 with a summary when sound; exit 1 with one FILE:LINE:COLUMN line per problem (TABLE ID on a database).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try global.session()
        let report = try session.check(progress: Console.progress("Checking"))
        Console.clearStatus()
        // Where the data could be read (a period's records are counted from it); a database's
        // rows always can be.
        let retention = report.isSound || session.isOnDatabase
            ? try session.retentionNotice().map { [Phrase("retention: " + $0.english, nl: "bewaartermijn: " + $0.dutch)] } ?? [] : []
        try CheckCommand.finish((report.problems + retention).map { $0.text(in: Console.language) }, summary: session.checkSummary(report))
    }

    /// Prints each problem and fails, or prints `summary`.
    static func finish(_ problems: [String], summary: String) throws {
        guard problems.isEmpty else {
            for problem in problems { Console.printError(problem) }
            throw ExitCode(1)
        }
        print(summary)
    }
}
