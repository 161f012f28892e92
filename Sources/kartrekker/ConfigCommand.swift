import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker config`: the organisation's settings, kept with the data.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the organisation's settings, kept with the data; `config retention|board|nudges` sets one.",
        subcommands: [ConfigShow.self, ConfigRetention.self, ConfigBoard.self, ConfigNudges.self],
        defaultSubcommand: ConfigShow.self
    )
}

/// `kartrekker config` (`config show`): every setting and what it means today.
struct ConfigShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List every setting.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try global.session()
        let settings = try session.settings()
        Console.emit(ConfigShow.lines(settings, today: session.today).joined(separator: "\n"), session)
    }

    /// Every setting, a line each.
    static func lines(_ settings: OrganisationSettings, today: CalendarDate) -> [String] {
        [retention(settings, today: today),
         "purged:    " + (settings.purgedBefore.map { "records before \($0) were purged" } ?? "nothing yet"),
         "board:     \(settings.board.rawValue) — \(settings.board.words)",
         "nudges:    " + (settings.nudges ? "on — who contributed but was not recognized lately is listed" : "off — nobody is listed as waiting for recognition")]
    }

    /// Changes one setting and prints its line of `lines`.
    static func change(_ global: GlobalOptions, line: Int, _ change: (Session) throws -> OrganisationSettings) throws {
        let session = try global.session()
        Console.emit(lines(try change(session), today: session.today)[line], session)
    }

    static func retention(_ settings: OrganisationSettings, today: CalendarDate) -> String {
        guard let period = settings.retention else { return "retention: not set (records are kept until purged: `kartrekker config retention 5y`)" }
        return "retention: \(period) — records are kept \(period.words); today that is from \(period.cutoff(today: today)) on"
    }
}

/// `kartrekker config retention 5y|18m|off`.
struct ConfigRetention: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Set how long records are kept (5y, 18m), or off.",
        discussion: """
            Kept with the data. Afterwards `check` and the terminal UI say when records older than it \
            exist, and `kartrekker purge` with no date removes them. On a database only its owner sets it.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Years or months, such as 5y or 18m; off clears it.") var period: String

    func run() throws {
        let session = try global.session()
        let settings = try session.setRetention(period)
        var lines = [ConfigShow.retention(settings, today: session.today)]
        if let notice = try session.retentionNotice() { lines.append(notice.text(in: Console.language)) }
        Console.emit(lines.joined(separator: "\n"), session)
    }
}

/// `kartrekker config board points|ranks|teams`.
struct ConfigBoard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "What the boards of people show: points (ranks and points), ranks (no points) or teams (no board of people).",
        discussion: """
            A setting a works council can agree to, kept with the data. The terminal UI and the command \
            line follow it everywhere (boards, dashboard, board exports). On a database only its owner sets it.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "points, ranks or teams.") var mode: String

    func run() throws {
        try ConfigShow.change(global, line: 2) { try $0.setBoard(mode) }
    }
}

/// `kartrekker config nudges on|off`.
struct ConfigNudges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nudges", abstract: "Whether who deserves recognition is listed: on or off.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "on or off.") var state: String

    func run() throws {
        try ConfigShow.change(global, line: 3) { try $0.setNudges(state) }
    }
}
