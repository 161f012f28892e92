import Foundation
import Testing

/// The report for a person's yearly conversation as its reader gets it: Markdown parsed back,
/// an HTML page opened in headless Chromium at A4, about the person and nobody else.
@Suite struct ReportCommandTests {
    @Test func theReportHoldsThePersonsOwnRecordsAndNothingAboutAnyoneElse() throws {
        let cli = CLI()
        _ = try cli.ok("demo", "--employees", "12", "--years", "2")
        let people = try #require(try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])
        let name = try #require(people.first?["name"] as? String), id = try #require(people.first?["id"] as? String)
        let markdown = try cli.ok("employee", "report", id, "--format", "markdown")
        #expect(markdown.hasPrefix("# For the yearly conversation · \(name)\n"), "\(markdown.prefix(200))")
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(Array(headings.suffix(4)) == ["Ideas, and what became of them", "Recognitions received", "Scores by month", "Work anniversaries"])
        // Twelve months up to today, a line each.
        let months = markdown.components(separatedBy: "## Scores by month\n\n")[1].split(separator: "\n").prefix { $0.hasPrefix("- ") }
        #expect(months.count == 12 && months.first?.hasPrefix("- December 2025") == true && months.last?.hasPrefix("- November 2026") == true,
                "\(months)")
        // Their records, counted as the list commands count them.
        let theirs = try #require(try cli.run("contribution", "list", "--employee", id, "--from", "2025-12-01", "--to", "2026-11-29",
                                              "--format", "json").json as? [[String: Any]])
        #expect(markdown.contains(": \(theirs.count) contribution"), "\(theirs.count)")
        for other in people.dropFirst() { #expect(!markdown.contains(other["name"] as! String)) }
        // A chosen stretch, in Dutch, to a file.
        let file = cli.directory.deletingLastPathComponent().appendingPathComponent("report-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try cli.ok("employee", "report", id, "--from", "2026-01-01", "--to", "2026-06-30", "--lang", "nl", "--format", "markdown",
                       "--output", file.path)
        let dutch = try String(contentsOf: file, encoding: .utf8)
        #expect(dutch.hasPrefix("# Voor het jaargesprek · ") && dutch.contains("- juni 2026: ") && !dutch.contains("juli 2026"))
        try cli.fails(["employee", "report", id, "--from", "2026-01-01"], status: 64)
        try cli.fails(["employee", "report", "Niemand"])
    }

    @Test(.enabled(if: Chromium.path != nil, Comment(rawValue: Chromium.absent)))
    func theHTMLReportPrintsOnA4WithoutOverflow() throws {
        let cli = CLI()
        _ = try cli.ok("demo", "--employees", "12", "--years", "2")
        let id = try #require((try cli.run("employee", "list", "--format", "json").json as? [[String: Any]])?.first?["id"] as? String)
        let folder = cli.directory.deletingLastPathComponent().appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        _ = try cli.ok("employee", "report", id, "--format", "html", "--output", page.path)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("http"))
        let (overflowing, dom) = try Chromium.overflow(of: page, width: 794, height: 1123)
        #expect(overflowing == 0, "\(dom.prefix(300))")
        #expect(dom.contains("<h2>Scores by month</h2>"))
        let pdf = folder.appendingPathComponent("report.pdf")
        _ = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
    }
}
