import Foundation
import Testing

/// The team meeting's recap as its readers get it: Markdown for the minutes (parsed back), an
/// HTML page for the meeting room opened in a real headless browser at a 1920×1080 screen and
/// at A4, and text; private praise and people left off boards never named.
@Suite struct RecapCommandTests {
    /// The Markdown's sections as a reader finds them: `## heading` → its lines.
    func sections(_ markdown: String) -> [(heading: String, lines: [String])] {
        var result: [(String, [String])] = []
        for line in markdown.split(separator: "\n").map(String.init) {
            if line.hasPrefix("## ") {
                result.append((String(line.dropFirst(3)), []))
            } else if !result.isEmpty {
                result[result.count - 1].1.append(line)
            }
        }
        return result
    }

    /// The demo on 30 November, with its top kartrekker left off the boards, one person who
    /// wants praise in private, and a private recognition.
    func meeting() throws -> (CLI, top: String, quiet: String) {
        var cli = CLI()
        cli.today = "2026-11-30"
        _ = try cli.ok("demo")
        let board = try #require(try cli.run("leaderboard", "--format", "json").json as? [String: Any])
        let rows = try #require(board["rows"] as? [[String: Any]])
        let top = try #require(rows.first?["name"] as? String), quiet = try #require(rows[2]["name"] as? String)
        _ = try cli.ok("employee", "edit", top, "--board", "off")
        _ = try cli.ok("employee", "edit", quiet, "--praise", "private")
        let second = try #require(rows[1]["name"] as? String)
        _ = try cli.ok("recognize", second, "--kind", "thanks", "--message", "Alleen tussen ons", "--private")
        _ = try cli.ok("log", second, "--category", "smile", "--note", "Een heel lang woord: " + String(repeating: "huurdersvereniging", count: 12))
        return (cli, top, quiet)
    }

    @Test func theMarkdownReadsBackWithEverySectionAndNamesNobodyWhoAskedNotToBe() throws {
        let (cli, top, quiet) = try meeting()
        let markdown = try cli.ok("recap", "--format", "markdown")
        #expect(markdown.hasPrefix("# Team meeting · November 2026\n"), "\(markdown)")
        let found = sections(markdown)
        #expect(found.map(\.heading) == ["Kartrekkers", "Stories", "Ideas taken up", "Recognitions given", "Coming up", "In figures"])
        #expect(!markdown.contains(top) && !markdown.contains(quiet) && !markdown.contains("Alleen tussen ons"), "\(markdown)")
        #expect(markdown.contains("2 people are left out at their own wish."))
        // The board among the people shown ranks from 1; five at most.
        let kartrekkers = found[0].lines.filter { $0.hasPrefix("- ") }
        #expect(kartrekkers.first?.hasPrefix("- 1 · ") == true && (1...5).contains(kartrekkers.count), "\(kartrekkers)")
        // One story per person, five at most, each a paragraph that starts with the person.
        let stories = found[1].lines
        let tellers = stories.map { String($0.prefix { $0 != "·" }) }
        #expect((1...5).contains(stories.count) && Set(tellers).count == stories.count, "\(stories)")
        #expect(found[5].lines.count == 4 && found[5].lines.allSatisfy { $0.contains("vs 1 – 31 Oct") }, "\(found[5].lines)")
        // In Dutch on request, to a file of the user's own.
        let file = cli.directory.deletingLastPathComponent().appendingPathComponent("recap-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try cli.ok("recap", "--lang", "nl", "--format", "markdown", "--output", file.path)
        let dutch = try String(contentsOf: file, encoding: .utf8)
        #expect(dutch.hasPrefix("# Werkoverleg · november 2026\n") && sections(dutch).map(\.heading).last == "In cijfers")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        #expect(try cli.run("recap", "--output", cli.directory.appendingPathComponent("recap.md").path).status == 1)
        // A team's recap, a running month against the same days, text.
        var early = cli
        early.today = "2026-11-10"
        let team = try early.ok("recap", "--team", "verhuur")
        #expect(team.hasPrefix("Team meeting · November 2026 · Verhuur") && team.contains("Counted: 1 – 10 Nov 2026, so far."), "\(team)")
        #expect(team.contains("vs 1 – 10 Oct"))
        // All time, and a custom stretch across the turn of a year.
        #expect(try cli.ok("recap", "--period", "all").contains("Counted: everything up to 30 Nov 2026."))
        #expect(try cli.ok("recap", "--from", "2025-12-15", "--to", "2026-01-15").contains("Counted: 15 Dec 2025 – 15 Jan 2026."))
        #expect(try cli.ok("fairness", "--period", "all").hasPrefix("Fairness · All time (up to 2026-11-30)"))
        try cli.fails(["recap", "--team", "Nergens"])
        try cli.fails(["recap", "--format", "pdf"], status: 64)
    }

    @Test(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.absent)))
    func theHTMLPageFitsAMeetingRoomScreenAndA4() throws {
        let (cli, top, _) = try meeting()
        let folder = cli.directory.deletingLastPathComponent().appendingPathComponent("recap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("recap.html")
        _ = try cli.ok("recap", "--format", "html", "--output", page.path)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import") && !html.contains("http"))
        #expect(!html.contains(top))
        // The browser's own reading: does anything stick out past the screen's edge?
        for (width, height) in [(1920, 1080), (794, 1123)] {
            let (overflowing, dom) = try Chromium.overflow(of: page, width: width, height: height)
            #expect(overflowing == 0, "\(width)×\(height): \(dom.prefix(400))")
            #expect(dom.components(separatedBy: "<section>").count == 7, "six sections")
        }
        let shot = folder.appendingPathComponent("recap.png")
        _ = try Chromium.run(["--window-size=1920,1080", "--screenshot=\(shot.path)", page.absoluteString])
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        let pdf = folder.appendingPathComponent("recap.pdf")
        _ = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let printed = try Data(contentsOf: pdf)
        // A4 (595 × 842 points), a page per section and the title's.
        let text = String(decoding: printed, as: UTF8.self)
        #expect(printed.starts(with: Array("%PDF".utf8)) && text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"),
                "\(text.prefix(600))")
    }
}
