import Foundation
import Testing

/// Text snapshots kept under `Goldens/`. A missing golden is written and the test fails once,
/// so a new snapshot is always looked at; `KARTREKKER_RECORD_GOLDENS=1` rewrites them all.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["KARTREKKER_RECORD_GOLDENS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded golden \(name).txt; check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(text + "\n" == expected, "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
    }
}
