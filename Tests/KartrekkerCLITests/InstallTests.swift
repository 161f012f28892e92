import Foundation
import Testing

/// The install step as a person runs it: `install.sh` into a prefix, then the manual page read
/// with `man -l` and the completions loaded by the shells that are there.
@Suite struct InstallTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func shell(_ script: String, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func has(_ tool: String) -> Bool {
        (try? shell("command -v \(tool)").status == 0) ?? false
    }

    @Test func installsTheProgramItsManualPageAndCompletionsUnderAPrefix() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let install = try InstallTests.shell(InstallTests.repository.appendingPathComponent("install.sh").path,
                                             environment: ["PREFIX": prefix.path, "KARTREKKER_BINARY": CLI.binary.path])
        #expect(install.status == 0, "\(install.output)")
        let files = ["bin/kartrekker", "share/man/man1/kartrekker.1", "share/bash-completion/completions/kartrekker",
                     "share/zsh/site-functions/_kartrekker", "share/fish/vendor_completions.d/kartrekker.fish"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let version = try InstallTests.shell("'\(prefix.path)/bin/kartrekker' --version")
        #expect(version.status == 0 && version.output.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true)

        // The manual page renders, and names every command a person can type.
        let page = prefix.appendingPathComponent("share/man/man1/kartrekker.1").path
        let man = try InstallTests.shell("MANWIDTH=80 man -l -P cat '\(page)' 2>&1", environment: ["LANG": "C.UTF-8"])
        #expect(man.status == 0, "\(man.output)")
        for words in ["KARTREKKER(1)", "NAME", "SYNOPSIS", "kartrekker employee add", "kartrekker leaderboard", "--lang",
                      "KARTREKKER_DATA_DIR", "EXIT STATUS", "DD-MM-YYYY"] {
            #expect(man.output.contains(words), "\(words) is not on the manual page")
        }
        #expect(!man.output.contains("warning"), "\(man.output)")
        let found = try InstallTests.shell("MANPATH='\(prefix.path)/share/man' man -w kartrekker")
        #expect(found.output.contains("kartrekker.1"), "\(found.output)")

        // bash loads the completion and completes the subcommands.
        let bash = try InstallTests.shell("""
            PATH='\(prefix.path)/bin':$PATH
            source '\(prefix.path)/share/bash-completion/completions/kartrekker' || exit 3
            complete -p kartrekker || exit 4
            COMP_WORDS=(kartrekker emp); COMP_CWORD=1; COMP_LINE='kartrekker emp'; COMP_POINT=14
            _kartrekker; echo "${COMPREPLY[@]}"
            """)
        #expect(bash.status == 0 && bash.output.contains("employee") && bash.output.contains("leaderboard"), "\(bash.output)")
        // zsh and fish check the syntax of theirs, where they are installed.
        if InstallTests.has("zsh") {
            #expect(try InstallTests.shell("zsh -n '\(prefix.path)/share/zsh/site-functions/_kartrekker'").status == 0)
        }
        if InstallTests.has("fish") {
            #expect(try InstallTests.shell("fish -n '\(prefix.path)/share/fish/vendor_completions.d/kartrekker.fish'").status == 0)
        }
    }

    @Test func theManualPageIsMadeFromTheCommandDefinitions() throws {
        let roff = try CLI().run("manual").stdout
        // Every command the help lists has its section; the hidden ones have none.
        let help = try CLI().run("--help").stdout
        for command in ["employee", "log", "contribution", "recognize", "leaderboard", "nudges", "export", "check", "purge"] {
            #expect(help.contains(command) && roff.contains(".SS \"kartrekker \(command)"), "\(command)")
        }
        #expect(!roff.contains("kit-demo") && !roff.contains(".SS \"kartrekker manual"))
        // No line starts with a dot that is not a request: text is escaped.
        for line in roff.split(separator: "\n") where line.hasPrefix(".") {
            #expect(["TH", "SH", "SS", "TP", "PP", "B ", "I ", "br"].contains { line.dropFirst().hasPrefix($0) }, "\(line)")
        }
    }
}
