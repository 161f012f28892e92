import ArgumentParser
import KartrekkerApp
import KartrekkerCore

/// `kartrekker config`: the organisation's settings, kept with the data.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the organisation's settings, kept with the data; `config retention|board|nudges|contact-moments` sets one.",
        subcommands: [ConfigShow.self, ConfigRetention.self, ConfigBoard.self, ConfigNudges.self, ConfigContactMoments.self],
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
         "nudges:    " + (settings.nudges ? "on — who contributed but was not recognized lately is listed" : "off — nobody is listed as waiting for recognition"),
         "contact moments: the sector's six" + (settings.contactMoments.isEmpty ? " (`kartrekker config contact-moments` lists them)"
                                                 : " and " + settings.contactMoments.map { SafeText.escaped($0) }.joined(separator: ", "))]
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

/// `kartrekker config contact-moments [add|remove NAME]`.
struct ConfigContactMoments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact-moments",
        abstract: "List the contact moments a contribution may name; add or remove the organisation's own.",
        discussion: """
            The sector's six follow what the Aedes-benchmark (huurdersoordeel: new tenants, repair \
            requests, departing tenants) and the KWH-Huurlabel (contact, looking for a home, moving in, \
            repairs, maintenance, giving notice) measure. An organisation's own are kept with the data; \
            removing one leaves the contributions that name it as they are. On a database only its owner \
            adds or removes them.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "add or remove (nothing: list them).") var action: String?
    @Argument(help: "The contact moment's name.") var name: String?

    func validate() throws {
        switch action {
        case nil: return
        case "add"?, "remove"?:
            if name == nil { throw UsageWording.error("give the contact moment's name after \(action!)", nl: "geef de naam van het klantmoment na \(action!)") }
        case let other?:
            throw UsageWording.error("\(other) is not add or remove", nl: "\(other) is niet add of remove")
        }
    }

    func run() throws {
        let session = try global.session()
        switch action {
        case "add"?: _ = try session.addContactMoment(name!)
        case "remove"?: _ = try session.removeContactMoment(name!)
        default: break
        }
        let dutch = Console.language == .dutch
        let lines = try session.contactMoments().map { moment in
            moment.isBuiltIn ? "\(moment.key) — \(dutch ? moment.dutchName : moment.englishName)"
                             : "\(SafeText.escaped(moment.key)) — " + (dutch ? "eigen klantmoment" : "the organisation's own")
        }
        Console.emit(lines.joined(separator: "\n"), session)
    }
}
