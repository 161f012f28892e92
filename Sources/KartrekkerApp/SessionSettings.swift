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

    /// The contact moments a contribution may name here: the sector's, then the organisation's own.
    public func contactMoments() throws -> [ContactMoment] {
        try store.settings().knownContactMoments
    }

    /// Adds one of the organisation's own contact moments (by its name, which is also its key).
    public func addContactMoment(_ typed: String) throws -> OrganisationSettings {
        let name = try Validation.name(typed, field: .contactMoment)
        if let known = ContactMoment.named(name, among: try contactMoments()) {
            throw KartrekkerError("contact moment \"\(SafeText.escaped(name))\" exists already (\(SafeText.escaped(known.key)))",
                                  nl: "klantmoment \"\(SafeText.escaped(name))\" bestaat al (\(SafeText.escaped(known.key)))", field: .contactMoment)
        }
        return try changeSettings { $0.contactMoments.append(name) }
    }

    /// Removes one of the organisation's own contact moments; the contributions that name it
    /// keep it (a board can still be filtered by it, by its key).
    public func removeContactMoment(_ typed: String) throws -> OrganisationSettings {
        let own = try store.settings().contactMoments.map(ContactMoment.init(key:))
        guard let moment = ContactMoment.named(typed, among: own) else {
            let builtIn = ContactMoment.named(typed, among: ContactMoment.builtIn) != nil
            throw KartrekkerError(builtIn ? "\"\(SafeText.escaped(typed))\" is one of the sector's contact moments, which stay"
                                          : "the organisation has no contact moment \"\(SafeText.escaped(typed))\" of its own",
                                  nl: builtIn ? "\"\(SafeText.escaped(typed))\" is een klantmoment van de sector; die blijven"
                                              : "de organisatie heeft geen eigen klantmoment \"\(SafeText.escaped(typed))\"",
                                  field: .contactMoment)
        }
        return try changeSettings { $0.contactMoments.removeAll { $0 == moment.key } }
    }
}
