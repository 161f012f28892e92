/// A field of a record as a person fills it in: what a validation error is about, so that a
/// form can mark the field whatever words (or language) the message is in.
public enum RecordField: String, CaseIterable, Hashable, Sendable {
    case employee, category, date, note, channel, values, project, ideaStatus, kind, message, contributions, visibility
    case name, team, role, email, startDate

    /// The field as the English messages name it.
    public var label: String {
        switch self {
        case .values: "value"
        case .startDate: "start date"
        case .ideaStatus: "idea status"
        case .contributions: "contribution"
        default: rawValue
        }
    }

    /// The field as the Dutch messages name it (as the form's Dutch labels do).
    public var dutchLabel: String {
        switch self {
        case .employee: "medewerker"
        case .category: "categorie"
        case .date: "datum"
        case .note: "notitie"
        case .channel: "kanaal"
        case .values: "waarde"
        case .project: "project"
        case .ideaStatus: "status van het idee"
        case .kind: "soort"
        case .message: "bericht"
        case .contributions: "bijdrage"
        case .visibility: "zichtbaarheid"
        case .name: "naam"
        case .team: "team"
        case .role: "functie"
        case .email: "e-mail"
        case .startDate: "datum in dienst"
        }
    }
}
