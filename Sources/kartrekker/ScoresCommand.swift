import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker scores`: the residents' scores per quarter and contact moment, as the survey
/// bureau reports them.
struct ScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores", abstract: "The residents' scores per quarter and contact moment; `scores set` types one in.",
        discussion: """
            As the survey bureau reports them (the Aedes-benchmark's huurdersoordeel, KWH): for the \
            whole organisation, or a team's with --team. `scores beside` sets them beside the \
            contributions and smiles that named each contact moment, quarter by quarter — side by \
            side, not as cause and effect. On a database a team lead sets her own teams' scores, the \
            owner the organisation's.
            """,
        subcommands: [ScoresList.self, ScoresSet.self, ScoresRemove.self, ScoresBeside.self], defaultSubcommand: ScoresList.self)
}

struct ScoresList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every score typed in, by quarter and contact moment.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        let scores = try session.residentScores()
        if format == .json {
            Console.emit(JSONWriter.string(.array(scores.map { score in
                .object([.init("quarter", .string(score.quarter)), .init("contactMoment", .string(score.contactMoment.key)),
                         .init("team", .optional(score.team)), .init("score", .string(Display.score(score.score)))])
            })), session)
            return
        }
        guard !scores.isEmpty else {
            Console.emit("No scores yet: `kartrekker scores set 2026-Q3 reparatieverzoek 7.8` types one in.", session)
            return
        }
        var table = TextTable([.init("QUARTER"), .init("CONTACT MOMENT"), .init("TEAM"), .init("SCORE", .right)])
        for score in scores {
            table.append([score.quarter, score.contactMoment.englishName, score.team ?? "(organisation)", Display.score(score.score)])
        }
        Console.emit(table.rendered(width: Console.terminalWidth), session)
    }
}

struct ScoresSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Type in a quarter's score for a contact moment.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The quarter, such as 2026-Q3.") var quarter: String
    @Argument(help: "The contact moment (a key or its name).") var moment: String
    @Argument(help: "The score, from 0 to 10 (7.8 or 7,8).") var score: String
    @Option(help: "A team's score (default: the organisation's).") var team: String?

    func run() throws {
        let session = try global.session()
        let saved = try session.setResidentScore(quarter: quarter, moment: moment, score: score, team: team)
        Console.emit("\(saved.quarter) \(saved.contactMoment.key)\(saved.team.map { " (\(SafeText.escaped($0)))" } ?? ""): \(Display.score(saved.score))",
                     session)
    }
}

struct ScoresRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a score typed in by mistake.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The quarter, such as 2026-Q3.") var quarter: String
    @Argument(help: "The contact moment.") var moment: String
    @Option(help: "A team's score (default: the organisation's).") var team: String?

    func run() throws {
        let session = try global.session()
        let removed = try session.setResidentScore(quarter: quarter, moment: moment, score: nil, team: team)
        Console.emit("removed: \(removed.quarter) \(removed.contactMoment.key)", session)
    }
}

struct ScoresBeside: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beside", abstract: "The scores beside the contributions and smiles per contact moment, quarter by quarter.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many quarters, up to this one.") var quarters = 4
    @Option(help: "One team's people and scores.") var team: String?

    func validate() throws {
        if !(1...12).contains(quarters) { throw UsageWording.error("--quarters must be from 1 to 12", nl: "--quarters moet van 1 tot 12 zijn") }
    }

    func run() throws {
        let session = try global.session()
        let view = try session.momentQuarters(count: quarters, team: team)
        var table = TextTable([.init("CONTACT MOMENT")] + view.quarters.map { .init($0, .right) })
        for row in view.rows {
            table.append([row.moment.englishName] + zip(row.scores, zip(row.contributions, row.smiles)).map { score, counts in
                "\(score.map(Display.score) ?? "–") · \(counts.0)/\(counts.1)"
            })
        }
        var lines = [table.rendered(width: Console.terminalWidth),
                     "", "Each cell: the residents' score · contributions / smiles that named the moment. Side by side, not cause and effect."]
        if let lowest = view.lowest { lines.append("Lowest latest score: \(lowest.englishName).") }
        Console.emit(lines.joined(separator: "\n"), session)
    }
}
