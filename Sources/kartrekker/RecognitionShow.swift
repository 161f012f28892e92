import ArgumentParser
import KartrekkerApp
import KartrekkerCore

struct RecognitionShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one recognition whole.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The recognition's id.") var id: String
    @Option(help: "table or json.") var format: ShowFormat = .table

    func run() throws {
        let session = try global.session()
        let recognition = try session.recognition(id: id)
        if format == .json {
            Console.emit(JSONWriter.string(OutputShape.recognition(recognition)), session)
            return
        }
        let person = try session.employeeDirectory()[recognition.employeeId]
        var table = TextTable([.init(""), .init("")])
        table.append(["id", recognition.id])
        table.append(["employee", Display.name(person, fallback: recognition.employeeId)])
        table.append(["date", recognition.date.description])
        table.append(["kind", Display.kind(recognition)])
        table.append(["for", recognition.contributionIds.joined(separator: ", ")])
        if let amount = recognition.amount { table.append(["amount", "€ " + amount.description]) }
        table.append(["recorded", "\(recognition.recordedBy), \(Instant(recognition.recordedAt))"])
        Console.emit(table.rendered().split(separator: "\n").dropFirst().joined(separator: "\n") + "\n\n"
                     + SafeText.escaped(recognition.message), session)
    }
}
