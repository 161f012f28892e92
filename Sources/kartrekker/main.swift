import ArgumentParser
import Foundation
import KartrekkerCore

// Our own entry point rather than `Kartrekker.main()`: every failure must print one line
// starting with "error:" and exit 1 for data, validation and lookup errors, while usage errors
// keep the argument parser's own exit code.
let arguments = LeadingOptions.rearranged(Array(CommandLine.arguments.dropFirst()))
if let word = DashArguments.stray(in: arguments) {
    Console.printError("error: " + DashArguments.error(for: word).description)
    exit(ExitCode.validationFailure.rawValue)
}
do {
    var command = try Kartrekker.parseAsRoot(arguments)
    try command.run()
} catch let error as KartrekkerError {
    Console.fail(error)
} catch {
    let code = Kartrekker.exitCode(for: error)
    let message = Kartrekker.fullMessage(for: error)
    if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    // An ExitCode thrown after the command printed its own lines carries no message. What the
    // parser echoes of the arguments is escaped, line by line.
    if !message.isEmpty {
        let english = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        let text = "error: " + (Console.language == .dutch ? UsageWording.dutch(english) : english)
        Console.printError(text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.escaped(String($0)) }
            .joined(separator: "\n"))
    }
    exit(code.rawValue)
}
