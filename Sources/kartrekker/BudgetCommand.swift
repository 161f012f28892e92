import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker budget`: each team's mandate for solving residents' problems on the spot, and
/// what it bought.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget", abstract: "Each team's mandate budget for the year, what was spent and the smiles it paid for.",
        discussion: """
            "Give mandate to create a smile", counted: a team's budget per year for solving residents' \
            problems on the spot, set with `budget set TEAM EUROS`. The cost told in a smile's or \
            beyond's story (--story-cost) is booked against the team of the person who told it. \
            --team lists the stories it paid for. Kept with the organisation's settings: on a database \
            only its owner sets a budget.
            """,
        subcommands: [BudgetShow.self, BudgetSet.self], defaultSubcommand: BudgetShow.self)
}

struct BudgetShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "The year's budgets, what was spent and what is left.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The calendar year (default this year).") var year: Int?
    @Option(help: "One team, with the stories its mandate paid for.") var team: String?
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        let year = self.year ?? session.today.year
        let uses = try session.mandate(year: year, team: team)
        if format == .json {
            Console.emit(JSONWriter.string(.array(uses.map { use in
                .object([.init("team", .string(use.team)), .init("year", .int(use.year)),
                         .init("budget", .optional(use.budget?.description)), .init("spent", .string(use.spent.description)),
                         .init("stories", .array(use.stories.map { row in
                             .object([.init("id", .string(row.id)), .init("employeeId", .string(row.contribution.employeeId)),
                                      .init("date", .string(row.contribution.date.description)),
                                      .init("cost", .optional(row.story.cost?.description))])
                         }))])
            })), session)
            return
        }
        guard !uses.isEmpty else {
            Console.emit("No budgets and no costs in \(year): `kartrekker budget set TEAM EUROS` sets one.", session)
            return
        }
        var table = TextTable([.init("TEAM"), .init("BUDGET", .right), .init("SPENT", .right), .init("LEFT", .right), .init("SMILES PAID", .right)])
        for use in uses {
            table.append([use.team, use.budget.map { "€" + $0.description } ?? "—", "€" + use.spent.description,
                          use.left.map { ($0 < 0 ? "-€" : "€") + Euros(cents: abs($0)).description } ?? "—", String(use.stories.count)])
        }
        var lines = ["Mandate \(year)", "", table.rendered(width: Console.terminalWidth)]
        if team != nil, let use = uses.first, !use.stories.isEmpty {
            lines += ["", "What it paid for:"]
            for row in use.stories {
                lines.append("  \(row.contribution.date)  \(SafeText.escaped(row.employee?.name ?? row.contribution.employeeId))  "
                             + "€\(row.story.cost?.description ?? "")  " + SafeText.escaped(row.story.action ?? row.contribution.note))
            }
        }
        Console.emit(lines.joined(separator: "\n"), session)
    }
}

struct BudgetSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a team's mandate budget for the year (0 removes it).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The team.") var team: String
    @Argument(help: "The budget in euros (2500 or 2.500,00).") var amount: Euros
    @Option(help: "The calendar year (default this year).") var year: Int?

    func run() throws {
        let session = try global.session()
        let year = self.year ?? session.today.year
        _ = try session.setBudget(team: team, year: year, amount: amount.cents == 0 ? nil : amount)
        Console.emit(amount.cents == 0 ? "removed: the budget of \(SafeText.escaped(team)) for \(year)"
                                       : "\(SafeText.escaped(team)) \(year): €\(amount.description)", session)
    }
}
