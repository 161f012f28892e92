import ArgumentParser
import KartrekkerApp
import KartrekkerCore
import KartrekkerPostgres

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Read every data file (or every row of a database) and report problems; changes nothing.",
        discussion: "Exit 0 with a summary when sound; exit 1 with one FILE:LINE:COLUMN line per problem (TABLE ID on a database).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        if try global.database() != nil {
            #if PostgreSQL
            let store = try global.databaseStore(for: "check")
            let report = try store.check(progress: Console.progress("Checking"))
            Console.clearStatus()
            let retention = try global.session().retentionNotice().map { ["retention: " + $0] } ?? []
            try CheckCommand.finish(report.problems + retention, summary: "ok: \(Console.count(report.employees, "employee")), \(Console.count(report.contributions, "contribution")), "
                                    + "\(Console.count(report.recognitions, "recognition")) and their month totals in \(store.location)")
            return
            #else
            try global.databaseStore(for: "check")
            #endif
        }
        let session = try global.session()
        let report = try session.check(progress: Console.progress("Checking"))
        // Only where the data could be read: a period's records are counted from it.
        let retention = report.isSound ? try session.retentionNotice().map { ["retention: " + $0] } ?? [] : []
        try CheckCommand.finish(report.problems + retention, summary: report.summary + " in " + session.dataDirectory.path)
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
