import Foundation
import Testing

/// Headless Chromium from the distribution, as a reader's browser (`.ci/run` installs it).
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let absent = "needs Chromium from the distribution (apt-get install chromium; .ci/run installs it)"

    /// Runs it headless with `arguments` and a profile of its own; its standard output.
    static func run(_ arguments: [String]) throws -> String {
        let browser = Process()
        browser.executableURL = URL(fileURLWithPath: try #require(path))
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        browser.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        browser.standardOutput = output
        browser.standardError = FileHandle.nullDevice
        try browser.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        browser.waitUntilExit()
        #expect(browser.terminationStatus == 0)
        return text
    }

    /// How many elements of the page at `url` stick out past the right edge of a window
    /// `width` × `height` wide, read by the browser itself (from a copy with a probe added).
    static func overflow(of page: URL, width: Int, height: Int) throws -> (overflowing: Int?, dom: String) {
        let html = try String(contentsOf: page, encoding: .utf8)
        let probe = page.deletingLastPathComponent().appendingPathComponent("probe-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: probe) }
        let script = """
            <script>
            const edge = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 1).length;
            document.body.setAttribute('data-overflow', String(out + (document.documentElement.scrollWidth > edge ? 1 : 0)));
            </script>
            """
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: probe, atomically: true, encoding: .utf8)
        let dom = try run(["--window-size=\(width),\(height)", "--dump-dom", probe.absoluteString])
        let count = dom.range(of: #"data-overflow="(\d+)""#, options: .regularExpression).map { match in
            Int(dom[match].filter(\.isNumber))
        } ?? nil
        return (count, dom)
    }
}
