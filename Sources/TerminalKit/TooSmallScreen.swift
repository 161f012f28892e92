import Foundation

/// What is shown instead of a broken screen when the terminal is smaller than needed.
public enum TooSmallScreen {
    public static func draw(size: Size, minimum: Size, on buffer: inout ScreenBuffer) {
        buffer.fill(buffer.bounds)
        let words = KitWords.current
        let lines = [words.tooSmall, words.needs(size, minimum), words.enlarge]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = buffer.glyphs.unicode ? line : line.replacingOccurrences(of: "×", with: "x")
            let width = ScreenBuffer.width(of: text)
            buffer.write(text, x: max(0, (size.width - width) / 2), y: top + offset, role: offset == 0 ? .warning : .muted)
        }
    }
}
