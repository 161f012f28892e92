import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct RecognitionEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a recognition; it keeps its id. Prints the id.",
        discussion: "Only the options given change. --for replaces what it is for (repeat it for several).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The recognition's id.") var id: String
    @Option(help: "thanks, compliment, gift, bonus or award.") var kind: RecognitionKind?
    @Option(help: ArgumentHelp("When it was given.", valueName: "date")) var date: String?
    @Option(parsing: .unconditional, help: "What you said or gave, and why.") var message: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("A contribution it is for (repeatable; replaces them).",
                                                         valueName: "contribution-id"))
    var contributionIDs: [String] = []
    @Flag(name: .customLong("private"), help: "Keep it between you and the employee.") var isPrivate = false
    @Flag(name: .customLong("public"), help: "Make it public.") var isPublic = false
    @Option(help: ArgumentHelp("What a gift or bonus was worth, in euros (0 clears it).", valueName: "euros")) var amount: Euros?

    func validate() throws {
        if isPrivate && isPublic { throw UsageWording.error("--private and --public exclude each other", nl: "--private en --public sluiten elkaar uit") }
        guard kind != nil || date != nil || message != nil || !contributionIDs.isEmpty || isPrivate || isPublic || amount != nil else {
            throw UsageWording.error("nothing to change: give --kind, --date, --message, --for, --private, --public or --amount", nl: "er is niets te wijzigen: geef --kind, --date, --message, --for, --private, --public of --amount")
        }
    }

    func run() throws {
        let session = try global.session()
        let changes = RecognitionChanges(
            date: try session.date(date, field: "--date"), kind: kind, message: message,
            contributionIDs: contributionIDs.isEmpty ? nil : contributionIDs,
            visibility: isPrivate ? .private : (isPublic ? .public : nil),
            amount: amount.map { (euros: Euros) -> Euros? in euros.cents == 0 ? nil : euros })
        print(try session.editRecognition(id, changes).id)
    }
}
