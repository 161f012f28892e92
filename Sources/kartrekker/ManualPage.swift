import ArgumentParser
import Foundation

/// The manual page, from the parser's own description of every command (`--experimental-dump-help`).
enum ManualPage {
    /// The parts of the parser's description the page uses.
    struct Tool: Decodable {
        let command: Command
    }

    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let shouldDisplay: Bool?
        let arguments: [Argument]?
        let subcommands: [Command]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            let kind: String
            let name: String
        }

        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let isOptional: Bool?
        let isRepeating: Bool?
        let shouldDisplay: Bool?
    }

    static func roff() throws -> String {
        // The parser answers `--experimental-dump-help` by "failing" with the description.
        var json = ""
        do { _ = try Kartrekker.parseAsRoot(["--experimental-dump-help"]) } catch { json = Kartrekker.fullMessage(for: error) }
        let tool = try JSONDecoder().decode(Tool.self, from: Data(json.utf8))
        let root = tool.command
        var page = """
            .TH KARTREKKER 1 "" "kartrekker \(Kartrekker.configuration.version)" "User Commands"
            .SH NAME
            kartrekker \\- \(escaped(root.abstract ?? ""))
            .SH SYNOPSIS
            .B kartrekker
            [\\fIoptions\\fR]
            .br
            .B kartrekker
            \\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]
            .SH DESCRIPTION
            \(paragraphs(root.discussion ?? ""))
            .SH OPTIONS
            \(options(root.arguments ?? []))
            .SH COMMANDS

            """
        for command in root.subcommands ?? [] where command.shouldDisplay ?? true && command.commandName != "help" {
            page += section(command, path: ["kartrekker"])
        }
        page += """
            .SH ENVIRONMENT
            .TP
            .B KARTREKKER_DATA_DIR
            The data directory (else \\fI$XDG_DATA_HOME/kartrekker\\fR, else \\fI~/.local/share/kartrekker\\fR).
            .TP
            .B KARTREKKER_STORE
            The organisation's PostgreSQL database, as \\fBpostgres://USER@HOST/DB\\fR, instead of a data directory.
            .TP
            .B KARTREKKER_LANG
            The language of the terminal UI and of errors: \\fBnl\\fR or \\fBen\\fR. Else Dutch where
            \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR or \\fBLANG\\fR names a Dutch locale (\\fBnl_NL.UTF-8\\fR), else English.
            .TP
            .B KARTREKKER_CACHE_DIR
            Where the derived files (summaries, spans) are kept (else \\fI$XDG_CACHE_HOME\\fR, else \\fI~/.cache\\fR).
            .TP
            .B KARTREKKER_USER
            Who records (else the login name).
            .TP
            .B NO_COLOR
            Draw the terminal UI without colour.
            .SH FILES
            .TP
            .I ~/.local/share/kartrekker/
            The data directory: \\fIemployees.json\\fR, \\fIcontributions/YYYY-MM.json\\fR,
            \\fIrecognitions/YYYY-MM.json\\fR, \\fIsettings.json\\fR, \\fIbackups/\\fR. Plain JSON, mode 0600 in a 0700 directory.
            .SH EXIT STATUS
            0 on success; 1 for a data, validation or lookup error (one line starting with \\fBerror:\\fR on
            standard error, nothing changed); 64 for a usage error.
            .SH SEE ALSO
            The README of kartrekker, and \\fBkartrekker\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR.

            """
        return page
    }

    private static func section(_ command: Command, path: [String]) -> String {
        let name = path + [command.commandName]
        var text = ".SS \"\(escaped(name.joined(separator: " ")))\"\n"
        if let abstract = command.abstract, !abstract.isEmpty { text += escaped(abstract) + "\n" }
        if let discussion = command.discussion, !discussion.isEmpty { text += ".PP\n" + paragraphs(discussion) + "\n" }
        let shown = (command.arguments ?? []).filter { $0.shouldDisplay ?? true && !isCommon($0) }
        if !shown.isEmpty { text += options(shown) + "\n" }
        for sub in command.subcommands ?? [] where sub.shouldDisplay ?? true && sub.commandName != "help" {
            text += section(sub, path: name)
        }
        return text
    }

    /// `--help`, `--version` and the options every command takes are described once, at the top.
    private static func isCommon(_ argument: Argument) -> Bool {
        let names = Set((argument.names ?? []).map(\.name))
        return !names.isDisjoint(with: ["help", "version", "data-dir", "store", "lang"])
    }

    private static func options(_ arguments: [Argument]) -> String {
        arguments.filter { $0.shouldDisplay ?? true }.map { argument in
            let value = argument.valueName.map { " \\fI\(escaped($0))\\fR" } ?? ""
            let label: String
            if argument.kind == "positional" {
                label = "\\fI\(escaped(argument.valueName ?? "value"))\\fR" + (argument.isRepeating == true ? " ..." : "")
            } else {
                label = (argument.names ?? []).map { name in
                    (name.kind == "short" ? "\\fB\\-" : "\\fB\\-\\-") + escaped(name.name) + "\\fR"
                }.joined(separator: ", ") + (argument.kind == "option" ? value : "")
            }
            return ".TP\n" + label + "\n" + escaped(argument.abstract ?? "")
        }.joined(separator: "\n")
    }

    private static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { escaped($0) }.joined(separator: "\n.PP\n")
    }

    /// Text as roff reads it: backslashes and hyphens escaped, no line starting with a control
    /// character.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }
            .joined(separator: "\n")
    }
}
