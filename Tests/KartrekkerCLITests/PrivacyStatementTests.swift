import Foundation
import Testing

/// The privacy statement as its readers get it: Markdown for the minutes (parsed back here),
/// and an HTML page opened in a real headless browser (Chromium from the distribution).
@Suite struct PrivacyStatementTests {
    /// The statement's sections as a Markdown reader finds them: `## heading` → its lines.
    func sections(_ markdown: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var current: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line.hasPrefix("## ") {
                current = String(line.dropFirst(3))
                result[current!] = []
            } else if let current {
                result[current, default: []].append(line)
            }
        }
        return result
    }

    @Test func theStatementSaysTheSetupItRunsAndReadsBackAsMarkdown() throws {
        var cli = CLI()
        // A path with characters Markdown would read as markup.
        let data = cli.directory.deletingLastPathComponent().appendingPathComponent("data_*team*")
        cli.extraEnvironment["KARTREKKER_DATA_DIR"] = data.path
        _ = try cli.ok("demo", "--employees", "12", "--years", "1")
        _ = try cli.ok("config", "retention", "5y")
        _ = try cli.ok("config", "board", "ranks")
        _ = try cli.ok("config", "nudges", "off")
        let markdown = try cli.ok("privacy-statement")
        #expect(markdown.hasPrefix("# Privacy statement: kartrekker\n"))
        let found = sections(markdown)
        #expect(Set(found.keys) == ["What is recorded, and about whom", "Where it is kept, and who may see it", "For how long",
                                    "What the boards show", "The rights of the people it is about"], "\(found.keys)")
        let escapedPath = data.path.replacingOccurrences(of: "_", with: "\\_").replacingOccurrences(of: "*", with: "\\*")
        #expect(found["Where it is kept, and who may see it"]?.first?.contains(escapedPath) == true, "\(markdown)")
        #expect(found["What is recorded, and about whom"]?.first?.contains("12 employees") == true)
        #expect(found["For how long"]?.first?.hasPrefix("Records are kept 5 years: those dated before 2021-11-29") == true, "\(markdown)")
        #expect(found["What the boards show"]?.first == "Boards: people ranked, without points. Nudges (who contributed but was not recognized for over 30 days): turned off.")
        #expect(found["The rights of the people it is about"]?.contains { $0.contains("`kartrekker employee erase NAME --yes`") } == true)
        // Written where asked, 0600, never inside the data directory.
        let file = data.deletingLastPathComponent().appendingPathComponent("privacy-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try cli.ok("privacy-statement", "--output", file.path)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Privacy statement: kartrekker"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        let inside = try cli.run("privacy-statement", "--output", data.appendingPathComponent("statement.md").path)
        #expect(inside.status == 1)
    }

    @Test(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.absent)))
    func theHTMLPageOpensInABrowserWithEverySection() throws {
        let cli = CLI()
        _ = try cli.ok("demo", "--employees", "12", "--years", "1")
        let page = cli.directory.deletingLastPathComponent().appendingPathComponent("privacy-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: page) }
        _ = try cli.ok("privacy-statement", "--format", "html", "--output", page.path)
        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: nothing fetched from elsewhere.
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"))
        let dom = try Chromium.run(["--dump-dom", page.absoluteString])
        for heading in ["What is recorded, and about whom", "Where it is kept, and who may see it", "For how long",
                        "What the boards show", "The rights of the people it is about"] {
            #expect(dom.contains("<h2>\(heading)</h2>"), "\(heading)")
        }
        #expect(dom.contains("<code>kartrekker employee export NAME</code>"))
    }
}
