import KartrekkerCore

/// The settings a works council agrees to (what the boards show, whether nudges are shown),
/// kept with the data and changed only by whoever may replace everything.
extension Session {
    /// Sets what the boards of people show: `points`, `ranks` or `teams`.
    public func setBoard(_ text: String) throws -> OrganisationSettings {
        guard let mode = BoardMode(rawValue: text.lowercased()) else {
            throw KartrekkerError("board \"\(SafeText.escaped(text))\" is not one of points, ranks, teams",
                                  nl: "board \"\(SafeText.escaped(text))\" is niet een van points, ranks, teams")
        }
        return try changeSettings { $0.board = mode }
    }

    /// Shows (`on`) or hides (`off`) the list of who deserves recognition.
    public func setNudges(_ text: String) throws -> OrganisationSettings {
        let on: Bool
        switch text.lowercased() {
        case "on", "aan", "yes", "true": on = true
        case "off", "uit", "no", "false": on = false
        default: throw KartrekkerError("nudges \"\(SafeText.escaped(text))\" is not on or off",
                                       nl: "nudges \"\(SafeText.escaped(text))\" is niet on of off")
        }
        return try changeSettings { $0.nudges = on }
    }

    func changeSettings(_ change: (inout OrganisationSettings) -> Void) throws -> OrganisationSettings {
        try requireMayChangeSettings()
        var settings = try store.settings()
        change(&settings)
        try store.withWriteLock { try store.saveSettings(settings) }
        return settings
    }

    /// Refuses the nudges where the organisation turned them off.
    public func requireNudges() throws {
        guard try store.settings().nudges else {
            throw KartrekkerError("the nudges are turned off in this organisation's settings (`kartrekker config nudges on` turns them on)",
                                  nl: "de herinneringen staan uit in de instellingen van deze organisatie (`kartrekker config nudges on` zet ze aan)")
        }
    }
}
