import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct RecognizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize", abstract: "Record a recognition you gave; prints the new id.",
        discussion: "Kinds: thanks, compliment, gift, bonus, award (kartrekker award).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "thanks, compliment, gift, bonus or award.") var kind: RecognitionKind
    @Option(parsing: .unconditional, help: "What you said or gave, and why.") var message: String
    @Option(help: ArgumentHelp("When it was given (default today).", valueName: "date")) var date: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("A contribution it is for (repeatable).", valueName: "contribution-id"))
    var contributionIDs: [String] = []
    @Flag(help: ArgumentHelp("Keep it between you and the employee, or share it (default: as the employee likes to be praised; public unless they chose private).",
                             valueName: "visibility"))
    var visibility: Visibility?
    @Option(help: ArgumentHelp("What a gift or bonus was worth, in euros (25 or 25,00), for the salary administration.", valueName: "euros"))
    var amount: Euros?

    func run() throws {
        let session = try global.session()
        let recognition = try session.recognize(RecognitionDraft(
            employee: employee, kind: kind, message: message, date: try session.date(date, field: "--date"),
            contributionIDs: contributionIDs, visibility: visibility, amount: amount))
        print(recognition.id)
    }
}
