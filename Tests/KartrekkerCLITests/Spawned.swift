import Foundation

/// A `kartrekker` process started in the background, to be killed or waited for.
struct Spawned {
    let process: Process
    let output: Pipe
    let errors: Pipe

    init(_ cli: CLI, _ arguments: [String]) throws {
        process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KARTREKKER_DATA_DIR"] = cli.directory.path
        environment["KARTREKKER_TODAY"] = cli.today
        environment["KARTREKKER_USER"] = "teamlead"
        environment["KARTREKKER_CACHE_DIR"] = cli.directory.path + ".cache"
        for (key, value) in cli.extraEnvironment { environment[key] = value }
        process.environment = environment
        output = Pipe()
        process.standardOutput = output
        errors = Pipe()
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the end; returns the exit status (nil when killed by a signal), stdout and stderr.
    func finish() -> (status: Int32?, stdout: String, stderr: String) {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .exit ? process.terminationStatus : nil
        return (status, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
                String(decoding: errorData, as: UTF8.self))
    }
}
