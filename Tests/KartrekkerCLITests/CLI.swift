import Foundation
import Testing

/// Runs the built `kartrekker` binary on a temporary data directory with a fixed today.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        var json: Any? {
            try? JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        }
    }

    let directory: URL
    var today = "2026-11-29"
    var extraEnvironment: [String: String] = [:]

    init() {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kartrekker-cli-\(UUID().uuidString)").appendingPathComponent("data")
    }

    /// The binary SwiftPM built next to the test bundle.
    static let binary: URL = {
        if let explicit = ProcessInfo.processInfo.environment["KARTREKKER_BIN"] { return URL(fileURLWithPath: explicit) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("kartrekker")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/kartrekker")
    }()

    @discardableResult
    func run(_ arguments: [String], shell: String? = nil) throws -> Result {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell + " \"$@\"", "sh", CLI.binary.path] + arguments
        } else {
            process.executableURL = CLI.binary
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["KARTREKKER_DATA_DIR"] = directory.path
        environment["KARTREKKER_TODAY"] = today
        environment["KARTREKKER_USER"] = "teamlead"
        // The derived files of this test's directory, beside it rather than in the home.
        environment["KARTREKKER_CACHE_DIR"] = directory.path + ".cache"
        environment["LANG"] = "C.UTF-8"
        // English unless a test asks for Dutch, whatever the machine's own settings.
        for name in ["KARTREKKER_LANG", "LC_ALL", "LC_MESSAGES"] { environment.removeValue(forKey: name) }
        for (key, value) in extraEnvironment { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    /// Runs a command that must succeed and returns its standard output without the final newline.
    func ok(_ arguments: String...) throws -> String {
        try ok(arguments)
    }

    func ok(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "kartrekker \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        var text = result.stdout
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Every file under the data directory with its bytes, but for the derived summaries: a
    /// cache that any command reading whole months may fill, and that holds no data.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return files }
        while let relative = walker.nextObject() as? String {
            if relative.hasPrefix(".summaries") { continue }
            let path = directory.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// Runs a command that must fail with `status`, print `error:` and nothing on standard output,
    /// and leave every data file byte-identical. Returns standard error.
    @discardableResult
    func fails(_ arguments: [String], status: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let before = snapshot()
        let result = try run(arguments)
        #expect(result.status == status, "status of \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout of \(arguments)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("error: "), "stderr of \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(snapshot() == before, "files changed by \(arguments)", sourceLocation: sourceLocation)
        return result.stderr
    }

    /// A data directory holding one employee, Anna (team A), with one contribution of
    /// `category` dated today. Returns Anna's id.
    func annaWithOneContribution(_ category: String = "smile") throws -> String {
        let anna = try ok("employee", "add", "Anna", "--team", "A")
        _ = try ok("log", anna, "--category", category, "--note", "x")
        return anna
    }

    /// Edits a data file by hand: replaces `old` with `new` in its text.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file(relative), encoding: .utf8).replacingOccurrences(of: old, with: new)
        try text.write(to: file(relative), atomically: false, encoding: .utf8)
    }

    func file(_ relative: String) -> URL {
        directory.appendingPathComponent(relative)
    }

    func mode(_ relative: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file(relative).path)
        return (attributes?[.posixPermissions] as? Int) ?? -1
    }
}
