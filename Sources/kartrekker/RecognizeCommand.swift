import ArgumentParser
import KartrekkerCore

struct RecognizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize", abstract: "Record a recognition you gave; prints the new id.",
        discussion: "Kinds: thanks, compliment, gift, bonus, award (kartrekker award).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: "thanks, compliment, gift, bonus or award.") var kind: RecognitionKind
    @Option(help: "What you said or gave, and why.") var message: String
    @Option(help: ArgumentHelp("When it was given (default today).", valueName: "date")) var date: String?
    @Option(name: .customLong("for"), help: ArgumentHelp("A contribution it is for (repeatable).", valueName: "contribution-id"))
    var contributionIDs: [String] = []
    @Flag(name: .customLong("private"), help: "Keep it between you and the employee.") var isPrivate = false

    func run() throws {
        let context = try global.context()
        let day = try context.date(date, option: "--date") ?? context.today
        var generator = SystemRandomNumberGenerator()
        let recognition = try context.store.withWriteLock {
            let person = try context.employee(employee)
            let contributions = try contributionIDs.map { id in
                guard let found = try context.store.record(Contribution.self, id: id) else {
                    throw KartrekkerError("no contribution has id \(SafeText.escaped(id))")
                }
                return found
            }
            let recognition = try Records.recognition(
                id: RecordID.recognition(date: day, using: &generator), employee: person, date: day, kind: kind,
                message: message, contributions: contributions, visibility: isPrivate ? .private : .public,
                today: context.today, recordedBy: context.user, recordedAt: context.now)
            try context.store.add(recognition)
            return recognition
        }
        print(recognition.id)
    }
}
