import ArgumentParser

/// The root command: `kartrekker` alone opens the terminal UI.
struct Kartrekker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kartrekker",
        abstract: "Record what your team contributes, recognize them for it, and see who pulls the cart. Without a subcommand: the terminal UI.",
        discussion: """
            Points come from the kind of contribution: smile 5, beyond 4, idea 3 (+3 once adopted \
            or implemented), attention 3, ambassador 2, goal 2. Recognitions never add points: \
            they are the reward. Employees are named by id, by whole name or by a unique prefix \
            of a name (case and accents do not matter). Dates are YYYY-MM-DD or day first \
            (DD-MM-YYYY, D-M-YYYY), today or yesterday (vandaag, gisteren).
            """,
        version: "0.1.0",
        subcommands: [
            EmployeeCommand.self, LogCommand.self, ContributionCommand.self, RecognizeCommand.self,
            RecognitionCommand.self, LeaderboardCommand.self, NudgesCommand.self, FairnessCommand.self, RecapCommand.self, ScoresCommand.self, BudgetCommand.self, ImportCommand.self, ExportCommand.self,
            DemoCommand.self, CheckCommand.self, BackupsCommand.self, ConfigCommand.self, PurgeCommand.self, PrivacyStatementCommand.self, DatabaseCommand.self, TUICommand.self, KitDemoCommand.self, ManualCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try TerminalUI.run(global)
    }
}
