import KartrekkerApp
import KartrekkerCore
import Testing
@testable import KartrekkerTUI
import TerminalKit

/// Every screen on a small hand-built organisation (`UIFixtures.handBuilt`) at a fixed today, as
/// text, at 80×24 and 120×40; the dashboard in ASCII and as a style map.
@Suite struct ScreenSnapshotTests {
    static let fixture = try! UIFixtures.handBuilt()

    static let paths: [(String, [Key])] = [
        ("dashboard", []),
        ("employees", [.character("2")]),
        ("leaderboard", [.character("3")]),
        ("activity", [.character("4")]),
        ("employee", [.character("3"), .enter]),
        ("help", [.character("3"), .character("?")]),
        ("recap", [.character("m")]),
        ("recap-kartrekkers", [.character("m"), .character(" ")]),
        ("recap-story", [.character("m"), .character(" "), .character(" ")]),
        ("recap-figures", [.character("m"), .character("G")]),
        ("ideas", [.character("I")]),
        ("stories", [.character("S")]),
        ("residents", [.character("R")]),
    ]

    @Test(arguments: [(80, 24), (120, 40)])
    func everyScreen(width: Int, height: Int) {
        for (name, keys) in ScreenSnapshotTests.paths {
            var session = UIFixtures.session(ScreenSnapshotTests.fixture, size: Size(width: width, height: height))
            session.press(keys)
            Golden.check(session.text, "\(name)-\(width)x\(height)")
        }
    }

    @Test func dashboardInASCIIAndItsStyles() {
        var ascii = UIFixtures.session(ScreenSnapshotTests.fixture, glyphs: .ascii)
        Golden.check(ascii.text, "dashboard-80x24-ascii")
        ascii.press(.down)
        #expect(!ascii.text.unicodeScalars.contains { $0.value > 0x7F && "─│▲▼█▏▎▍▌▋▊▉◀▶".unicodeScalars.contains($0) })
        let session = UIFixtures.session(ScreenSnapshotTests.fixture)
        Golden.check(session.screen.styleMap, "dashboard-80x24-styles")
    }

    @Test func aRunningMonthSaysWhichDaysItIsComparedWith() throws {
        let today = try #require(CalendarDate("2026-12-05"))
        for (language, header) in [(Language.english, "1 – 5 Dec vs 1 – 5 Nov"), (.dutch, "1 – 5 dec t.o.v. 1 – 5 nov")] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                let session = UIFixtures.session(ScreenSnapshotTests.fixture, size: size, language: language, today: today)
                #expect(session.text.contains(header), "\(language) \(size)\n\(session.text)")
                // Dirk's first year on 10 December; Chantal's five years (3 December) are past.
                #expect(session.text.contains("Dirk Bouzid") && !session.text.contains("Chantal Nguyen         5"), "\(session.text)")
                let later = UIFixtures.session(ScreenSnapshotTests.fixture, size: size, language: language,
                                               today: try #require(CalendarDate("2026-12-20")))
                #expect(later.text.contains(language == .english ? "none in the next 14 days" : "geen in de komende 14 dagen"),
                        "\(later.text)")
            }
        }
    }

    @Test func theReportForTheYearlyConversationInBothLanguages() throws {
        let session = Session(UIFixtures.configuration(ScreenSnapshotTests.fixture))
        let range = DateRange(from: try #require(CalendarDate("2025-12-01")), to: UIFixtures.today)
        let report = try session.report(of: "Anna de Vries", in: range)
        Golden.check(ReportDocument.document(report, strings: .english).markdown, "report-anna-md")
        Golden.check(ReportDocument.document(report, strings: .dutch).markdown, "report-anna-nl-md")
        // Nothing about anyone else: no other person's name, nobody who recorded.
        let text = ReportDocument.document(report, strings: .english).markdown
        for other in try session.employees(includeArchived: true).employees where other.name != "Anna de Vries" {
            #expect(!text.contains(other.name), "\(other.name)")
        }
        let recorders = Set(report.contributions.map(\.recordedBy) + report.recognitions.map(\.recordedBy))
        #expect(!recorders.isEmpty && recorders.allSatisfy { !text.contains($0) }, "\(recorders)")
    }

    @Test func theHandBuiltOrganisationIsSoundData() throws {
        let report = try Session(UIFixtures.configuration(try UIFixtures.handBuilt())).check()
        #expect(report.isSound && report.employees == 8 && report.contributions == 29 && report.recognitions == 6, "\(report)")
    }

    @Test func welcomeOnAnEmptyDirectory() {
        let session = UIFixtures.session(UIFixtures.freshDirectory())
        Golden.check(session.text, "welcome-80x24")
    }

    @Test func tooSmall() {
        let session = UIFixtures.session(ScreenSnapshotTests.fixture, size: Size(width: 60, height: 20))
        #expect(session.text.contains("Terminal too small") && session.text.contains("needs 80×24"))
    }
}
