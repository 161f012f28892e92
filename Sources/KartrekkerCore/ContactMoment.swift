/// A moment in a resident's journey with the corporation, in which a contribution happened.
///
/// The built-in list follows what the sector itself measures, so that a contribution can be
/// set beside the residents' scores: the Aedes-benchmark's *huurdersoordeel* scores new tenants,
/// repair requests and departing tenants; the KWH-Huurlabel measures contact, looking for a
/// home, moving in, repairs, maintenance and giving notice. Six moments cover both (renovation
/// goes with planned maintenance, as in KWH). An organisation adds its own (`kartrekker config
/// contact-moments add …`); those are kept with the data, by their name.
public struct ContactMoment: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How it is stored and typed: a built-in's key, or an organisation's own name.
    public let key: String

    public init(key: String) {
        self.key = key
    }

    /// The sector's moments, in the order of a resident's journey.
    public static let builtIn: [ContactMoment] = [
        "woning-zoeken", "nieuwe-huurder", "reparatieverzoek", "onderhoud", "huur-opzeggen", "algemeen-contact",
    ].map(ContactMoment.init(key:))

    public var isBuiltIn: Bool { ContactMoment.builtIn.contains(self) }

    public var description: String { key }

    /// What the English words call it.
    public var englishName: String {
        switch key {
        case "woning-zoeken": "looking for a home"
        case "nieuwe-huurder": "new tenant"
        case "reparatieverzoek": "repair request"
        case "onderhoud": "maintenance or renovation"
        case "huur-opzeggen": "moving out"
        case "algemeen-contact": "general contact"
        default: key
        }
    }

    /// What the Dutch words call it.
    public var dutchName: String {
        switch key {
        case "woning-zoeken": "woning zoeken"
        case "nieuwe-huurder": "nieuwe huurder"
        case "reparatieverzoek": "reparatieverzoek"
        case "onderhoud": "onderhoud of renovatie"
        case "huur-opzeggen": "huur opzeggen/vertrek"
        case "algemeen-contact": "algemeen contact"
        default: key
        }
    }

    /// The words survey bureaus and the sector's reports use for the same moment (the
    /// Aedes-benchmark's "reparatieverzoeken", "vertrokken huurders"), for reading their exports.
    public var aliases: [String] {
        switch key {
        case "woning-zoeken": ["woningzoekenden", "woningzoekende", "home seekers", "woning zoeken"]
        case "nieuwe-huurder": ["nieuwe huurders", "nieuwe woning", "new tenants", "moving in", "verhuizing naar"]
        case "reparatieverzoek": ["reparatieverzoeken", "reparatie", "reparaties", "repairs", "repair"]
        case "onderhoud": ["planmatig onderhoud", "renovatie", "maintenance", "renovation"]
        case "huur-opzeggen": ["vertrokken huurders", "vertrek", "huuropzegging", "departing tenants", "giving notice"]
        case "algemeen-contact": ["contact", "klantcontact", "dienstverlening", "contact with the corporation"]
        default: []
        }
    }

    /// Every moment an organisation uses: the sector's, then its own.
    public static func all(custom: [String]) -> [ContactMoment] {
        builtIn + custom.map(ContactMoment.init(key:)).filter { !builtIn.contains($0) }
    }

    /// The moment `typed` names among `known`: its key or either language's name, folded
    /// (case, accents, spaces and hyphens aside); `nil` when none does.
    public static func named(_ typed: String, among known: [ContactMoment]) -> ContactMoment? {
        let wanted = comparable(typed)
        guard !wanted.isEmpty else { return nil }
        return known.first { moment in
            ([moment.key, moment.englishName, moment.dutchName] + moment.aliases).contains { comparable($0) == wanted }
        }
    }

    private static func comparable(_ text: String) -> String {
        String(text.folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    public static func < (lhs: ContactMoment, rhs: ContactMoment) -> Bool {
        let order = builtIn
        switch (order.firstIndex(of: lhs), order.firstIndex(of: rhs)) {
        case let (l?, r?): return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs.key.folded < rhs.key.folded
        }
    }
}
