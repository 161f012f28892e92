import TerminalKit

/// In place of a screen whose data cannot be read: the file, line, column and problem, and
/// that nothing will be written. Never a half-drawn screen.
enum ProblemPanel {
    static func draw(_ problem: String, into buffer: inout ScreenBuffer, layout: UILayout, strings s: Strings) {
        let body = layout.body
        buffer.fill(body)
        buffer.write(" " + s.problemTitle, x: body.x, y: body.y + 1, width: body.width, role: .danger)
        // The hint wraps too: it is the way out, and is never cut.
        let hint = Paragraph.lines(s.problemCheckHint, width: body.width - 2)
        var y = body.y + 3
        for line in problem.split(separator: "\n", omittingEmptySubsequences: false) {
            for piece in Paragraph.lines(String(line), width: body.width - 4) {
                guard y < body.maxY - 2 - hint.count else { break }
                buffer.write(piece, x: body.x + 3, y: y, width: body.width - 4)
                y += 1
            }
        }
        buffer.write(" " + s.problemNothingWritten, x: body.x, y: min(y + 1, body.maxY - 1 - hint.count), width: body.width, role: .warning)
        for (offset, line) in hint.enumerated() {
            buffer.write(" " + line, x: body.x, y: min(y + 2, body.maxY - hint.count) + offset, width: body.width, role: .muted)
        }
    }
}
