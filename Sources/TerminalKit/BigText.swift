import Foundation

/// Large type for a terminal: letters and digits five pixels high (three wide, M N W wider),
/// drawn with half blocks in three rows — what a recap's title and figures look like from the
/// back of a meeting room. Only where the glyphs can be drawn (Unicode) and every character
/// has one; otherwise the caller writes plain text.
public enum BigText {
    /// The rows a line of big text takes.
    public static let height = 3

    /// Five rows of pixels per character (`#` set).
    private static let glyphs: [Character: [String]] = [
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
        "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
        "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
        "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
        "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
        "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
        " ": ["...", "...", "...", "...", "..."], "·": ["...", "...", ".#.", "...", "..."],
        "-": ["...", "...", "###", "...", "..."], "–": ["...", "...", "###", "...", "..."],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"], "+": ["...", ".#.", "###", ".#.", "..."],
        ".": ["...", "...", "...", "...", ".#."], ",": ["...", "...", "...", ".#.", "#.."],
        "½": ["#..", "#..", "..#", ".#.", "#.."],
    ]

    /// The columns `text` takes in big type (a column between characters; 0 where a character
    /// has no glyph).
    public static func width(of text: String) -> Int {
        lines(text)?.first?.count ?? 0
    }

    /// `text` in big type, three rows; `nil` where a character has no glyph (letters are
    /// shown in capitals, accents left off).
    public static func lines(_ text: String) -> [String]? {
        let folded = text.uppercased().folding(options: .diacriticInsensitive, locale: nil)
        var pixels = Array(repeating: "", count: 5)
        for (index, character) in folded.enumerated() {
            guard let glyph = glyphs[character] else { return nil }
            for row in 0..<5 { pixels[row] += (index == 0 ? "" : ".") + glyph[row] }
        }
        // Two pixel rows to a terminal row: ▀ the upper, ▄ the lower, █ both.
        return stride(from: 0, to: 5, by: 2).map { top in
            let upper = Array(pixels[top]), lower = top + 1 < 5 ? Array(pixels[top + 1]) : Array(repeating: ".", count: upper.count)
            return String(zip(upper, lower).map { pair -> Character in
                switch (pair.0 == "#", pair.1 == "#") {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }

    /// Draws `text` big at `x`, `y` where it fits in `width` and the glyphs can be drawn;
    /// whether it did (otherwise nothing was drawn).
    @discardableResult
    public static func draw(_ text: String, x: Int, y: Int, width: Int, role: StyleRole = .title, on buffer: inout ScreenBuffer) -> Bool {
        guard buffer.glyphs.unicode, BigText.width(of: text) <= width, let lines = lines(text) else { return false }
        for (offset, line) in lines.enumerated() { buffer.write(line, x: x, y: y + offset, role: role) }
        return true
    }
}
