import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// One line of activity, as the dashboard and the Activity screen show it: the date, who,
/// what kind, and the note or the message.
enum ActivityLine {
    /// The name column's width in a list `width` columns wide.
    static func nameWidth(_ width: Int) -> Int { min(28, max(16, width / 5)) }

    /// The column titles over the lines.
    static func drawHeader(in row: Rect, strings s: Strings, on buffer: inout ScreenBuffer) {
        buffer.fill(row, role: .header)
        let names = nameWidth(row.width)
        buffer.write(s.columnDate, x: row.x + 3, y: row.y, width: 7, role: .header)
        buffer.write(s.columnEmployee, x: row.x + 11, y: row.y, width: names, role: .header)
        buffer.write(s.columnWhat, x: row.x + 13 + names, y: row.y, width: 12, role: .header)
        buffer.write(s.columnNote, x: row.x + 26 + names, y: row.y, width: max(0, row.maxX - row.x - 26 - names), role: .header)
    }

    /// `width` is the whole list's width (the row may give a column to the scroll thumb).
    static func draw(_ item: ActivityItem, showDate: Bool, in row: Rect, width: Int, selected: Bool, strings s: Strings,
                     on buffer: inout ScreenBuffer) {
        let role: StyleRole = selected ? .selected : .normal
        buffer.fill(row, role: role)
        let nameWidth = ActivityLine.nameWidth(width)
        var x = row.x + 3
        if showDate { buffer.write(s.shortDate(item.date), x: x, y: row.y, width: 7, role: selected ? role : .muted) }
        x += 8
        buffer.writePadded(s.name(item.employee, fallback: item.employeeId), x: x, y: row.y, width: nameWidth, role: role)
        x += nameWidth + 2
        switch item.record {
        case .contribution(let contribution):
            buffer.writePadded(s.category(contribution.category), x: x, y: row.y, width: 12, role: selected ? role : .accent)
            buffer.write(contribution.note, x: x + 13, y: row.y, width: max(0, row.maxX - x - 13), role: role)
        case .recognition(let recognition):
            buffer.writePadded(s.recognitionKind(recognition.kind), x: x, y: row.y, width: 12, role: selected ? role : .good)
            buffer.write("\u{201C}" + recognition.message + "\u{201D}", x: x + 13, y: row.y, width: max(0, row.maxX - x - 13),
                         role: role)
        }
    }
}
