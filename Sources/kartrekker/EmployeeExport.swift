import ArgumentParser
import Foundation
import KartrekkerCore
import KartrekkerStore

struct EmployeeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Everything stored about one person, as JSON (for a request under the GDPR/AVG).",
        discussion: "Prints to standard output, or writes FILE (mode 0600; an existing file is refused without --force).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Id, name or unique name prefix.") var employee: String
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Flag(help: "Overwrite FILE if it exists.") var force = false

    func run() throws {
        let context = try global.context()
        let person = try context.employee(employee)
        let text = JSONWriter.string(try context.store.export(person.id, at: context.now)) + "\n"
        guard let output else {
            context.emit(text)
            return
        }
        try ExportFile.write(Data(text.utf8), to: output, force: force)
        Console.printError("Exported \(SafeText.escaped(person.name)) to \(output)")
    }
}
