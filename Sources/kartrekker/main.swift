import ArgumentParser
import Foundation
import KartrekkerCore

// Our own entry point rather than `Kartrekker.main()`: every failure must print one line
// starting with "error:" and exit 1 for data, validation and lookup errors, while usage errors
// keep the argument parser's own exit code.
do {
    var command = try Kartrekker.parseAsRoot(LeadingOptions.rearranged(Array(CommandLine.arguments.dropFirst())))
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
    // An ExitCode thrown after the command printed its own lines carries no message.
    if !message.isEmpty {
        Console.printError(message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : "error: " + message)
    }
    exit(code.rawValue)
}
