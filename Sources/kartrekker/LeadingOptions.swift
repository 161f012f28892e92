import ArgumentParser

/// Options typed in front of the subcommand, as other tools allow
/// (`kartrekker --data-dir DIR leaderboard`), moved to just after the subcommand's name, where
/// the argument parser looks for them. A later `--data-dir` still wins, as repeated options do.
enum LeadingOptions {
    static let names = ["--data-dir", "--store", "--lang"]

    static func rearranged(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if names.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return arguments }
        // Follow the subcommand names as far as they go: `employee list`.
        var command: any ParsableCommand.Type = Kartrekker.self
        var end = index
        while end < arguments.count,
              let next = command.configuration.subcommands.first(where: { $0._commandName == arguments[end] }) {
            command = next
            end += 1
        }
        guard end > index else { return arguments }
        return Array(arguments[index..<end]) + leading + Array(arguments[end...])
    }
}
