import KartrekkerApp
import KartrekkerCore

/// A form to open, and what it needs read first (the employees for the picker, the record to
/// correct).
public enum FormRequest: Sendable {
    case log(selected: String?)
    /// With a message to start from (a jubileum's congratulations).
    case recognize(selected: String?, message: String? = nil, for: [String] = [])
    case addEmployee
    case editEmployee(String)
    case editContribution(String)
    case editRecognition(String)
    case ideaStatus(String)
    /// A residents' score, for a contact moment and a team where one is chosen.
    case residentScore(moment: String?, team: String?)
}

/// What a form opens with.
public struct FormContext: Sendable {
    var employees: [Employee] = []
    var teams: [String] = []
    var contribution: Contribution?
    var recognition: Recognition?
    /// What a contribution's contact moment may be.
    var contactMoments: [ContactMoment] = ContactMoment.builtIn
}

/// What a save wrote.
public enum SavedRecord: Sendable {
    case contribution(Contribution)
    case recognition(Recognition)
    case employee(Employee)
    case archived(ArchiveOutcome)
    case deletedContribution(ContributionDeletion)
    case deletedRecognition(Recognition)
    case residentScore(ResidentScore)
}

/// Why a save did not happen: in words, and whether another employee has the name.
public struct SaveFailure: Error, Sendable {
    var error: (any Error)?
    var duplicate: Employee?
    /// The field the error is about, as Core named it.
    var field: RecordField?

    init(_ error: any Error) {
        if let duplicate = error as? DuplicateNameError {
            self.duplicate = duplicate.existing
        } else {
            self.error = error
            field = (error as? KartrekkerError)?.field
        }
    }
}

/// A yes/no question before something that cannot be taken back lightly.
struct Confirmation: Sendable {
    enum Action: Sendable {
        case discardForm
        case addDuplicate
        case archive(Employee)
        case deleteContribution(String)
        case deleteRecognition(String)
    }

    let question: String
    let action: Action
}
