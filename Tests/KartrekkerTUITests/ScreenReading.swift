import Foundation
import KartrekkerTUI
import TerminalKit

/// What a person reads off the screen, for tests that check behaviour the way they would see
/// it rather than through the UI's state.
extension ScreenBuffer {
    /// The text of row `y`'s cells drawn in `role`, in order.
    func text(of role: StyleRole, row y: Int) -> String {
        var text = ""
        for x in 0..<size.width where !self[x, y].isContinuation && self[x, y].role == role { text += self[x, y].text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The tab the tab bar shows as current ("3 Leaderboard"); "" on a page that is no tab
    /// (an employee's).
    var shownTab: String { text(of: .selected, row: 0) }

    /// The rows below the tab bar drawn as the selection, their text.
    var selectedRows: [String] {
        (2..<size.height).filter { y in (0..<size.width).count { self[$0, y].role == .selected } > size.width / 3 }.map(line)
    }

    /// The name an employee's page is about, from its first line (`Name · Team · …`); `nil`
    /// on any other screen.
    var pageEmployee: String? {
        guard shownTab.isEmpty, size.height > 2 else { return nil }
        let first = line(2).trimmingCharacters(in: .whitespaces)
        guard let end = first.range(of: " · ") else { return nil }
        return String(first[..<end.lowerBound])
    }

    /// The row whose text starts with `header` (a table's header row).
    func headerRow(_ header: String) -> Int? {
        (0..<size.height).first { line($0).trimmingCharacters(in: .whitespaces).hasPrefix(header) }
    }

    /// The rows of the table under the header row that starts with `header` (up to the next
    /// blank row or rule), their text without the scroll bar.
    func tableRows(under header: String) -> [String] {
        guard let top = headerRow(header) else { return [] }
        var rows: [String] = []
        for y in (top + 1)..<size.height {
            var text = line(y)
            if text.trimmingCharacters(in: .whitespaces).isEmpty || text.hasPrefix("─") { break }
            if text.hasSuffix("│") || text.hasSuffix("┃") { text.removeLast() }
            while text.last == " " { text.removeLast() }
            rows.append(text)
        }
        return rows
    }

    /// The cells of column `name` of the table under `header`: from where its name starts in
    /// the header row to where the next column's name starts.
    func column(_ name: String, under header: String) -> [String] {
        guard let top = headerRow(header) else { return [] }
        let heading = Array(line(top))
        let title = Array(name)
        guard let start = heading.indices.first(where: { Array(heading[$0...].prefix(title.count)) == title }) else { return [] }
        // The next column's name starts with a letter after a space (a sort mark like ▲ is
        // this column's).
        var end = start + title.count
        while end < heading.count, !(heading[end].isLetter && heading[end - 1] == " ") { end += 1 }
        let last = end < heading.count ? end : Int.max
        return tableRows(under: header).map { row in
            let characters = Array(row)
            guard start < characters.count else { return "" }
            return String(characters[start..<min(characters.count, last)]).trimmingCharacters(in: .whitespaces)
        }
    }
}
