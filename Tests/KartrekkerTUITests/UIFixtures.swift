import Foundation
import KartrekkerApp
import KartrekkerCore
@testable import KartrekkerTUI
import TerminalKit

/// The demo organisation at a fixed today, and the UI driven over it like a person would.
enum UIFixtures {
    static let today = CalendarDate("2026-11-30")!

    static func configuration(_ directory: URL, today: CalendarDate? = UIFixtures.today, lockTimeout: Double = 2,
                              now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 1_796_029_200) }) -> SessionConfiguration {
        SessionConfiguration(dataDirectory: directory, lockTimeout: lockTimeout, user: "marieke",
                             clock: Clock(fixedToday: today, timeZone: TimeZone(identifier: "UTC")!, now: now))
    }

    static func freshDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kartrekker-tui-\(UUID().uuidString)")
    }

    /// A data directory with the 24-person demo, made once and only read by the tests that share it.
    static let demo: URL = {
        let directory = freshDirectory()
        _ = try? Session(configuration(directory)).loadDemo()
        return directory
    }()

    /// A small organisation written by hand (`Fixture/`: eight people in three teams, one of
    /// them archived and one new this month, 29 contributions from September to today with
    /// every category and idea status, six recognitions, one private), copied for each use:
    /// what the screen goldens show, so that they change only when a screen does, never when
    /// the demo generator does.
    static func handBuilt(file: String = #filePath) throws -> URL {
        let source = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixture")
        let copy = freshDirectory()
        try FileManager.default.copyItem(at: source, to: copy)
        // As the store keeps its files: the directory the user's own.
        let files = FileManager.default.enumerator(atPath: copy.path)?.allObjects as? [String] ?? []
        chmod(copy.path, 0o700)
        for name in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: copy.path + "/" + name, isDirectory: &isFolder)
            chmod(copy.path + "/" + name, isFolder.boolValue ? 0o700 : 0o600)
        }
        return copy
    }

    /// A copy of the demo that a test may write to.
    static func demoCopy() throws -> URL {
        let copy = freshDirectory()
        try FileManager.default.copyItem(at: demo, to: copy)
        return copy
    }

    static func session(_ directory: URL = demo, size: Size = Size(width: 80, height: 24),
                        glyphs: Glyphs = .unicodeSet, lockTimeout: Double = 2,
                        language: Language = .english, today: CalendarDate = UIFixtures.today,
                        reportFolder: String = FileManager.default.temporaryDirectory.path) -> ScriptedSession<KartrekkerUI> {
        ScriptedSession(KartrekkerUI(configuration: configuration(directory, today: today, lockTimeout: lockTimeout),
                                     strings: Strings(language),
                                     directoryLabel: "demo-data", reportFolder: reportFolder),
                        size: size, glyphs: glyphs)
    }
}
