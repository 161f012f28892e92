/// A field of a record as a person fills it in: what a validation error is about, so that a
/// form can mark the field whatever words (or language) the message is in.
public enum RecordField: String, CaseIterable, Hashable, Sendable {
    case employee, category, date, note, channel, values, project, ideaStatus, kind, message, contributions, visibility
    case contactMoment, storyProblem, storyAction, storyCost, storyOutcome, declineReason, amount
    case name, team, role, email, startDate

    /// The field as the English messages name it.
    public var label: String {
        switch self {
        case .values: "value"
        case .startDate: "start date"
        case .ideaStatus: "idea status"
        case .contributions: "contribution"
        case .contactMoment: "contact moment"
        case .storyProblem: "story's problem"
        case .storyAction: "story's action"
        case .storyCost: "story's cost"
        case .storyOutcome: "story's outcome"
        case .declineReason: "reason"
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
        case .contactMoment: "klantmoment"
        case .storyProblem: "probleem van het verhaal"
        case .storyAction: "aanpak van het verhaal"
        case .storyCost: "kosten van het verhaal"
        case .storyOutcome: "afloop van het verhaal"
        case .declineReason: "reden"
        case .amount: "bedrag"
        }
    }
}
