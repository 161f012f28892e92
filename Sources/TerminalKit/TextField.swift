/// A one-line text field that edits like a shell line, over grapheme clusters: `←` `→`,
/// `Home`/`Ctrl-A`, `End`/`Ctrl-E`, `Backspace`, `Delete`, `Ctrl-W`, `Ctrl-U`, `Ctrl-K`. Longer
/// text scrolls sideways to keep the cursor in view.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor sits before `characters[cursor]` (at the end when equal to the count).
    public private(set) var cursor: Int
    /// The first character shown.
    public private(set) var scroll = 0
    public let maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns whether it was one.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            if let maxLength, characters.count >= maxLength { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("w"):
            // The word before the cursor and the spaces after it, as a shell does.
            var start = cursor
            while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        default:
            return false
        }
        return true
    }

    /// Draws the field in `width` columns at (`x`, `y`); with `focused`, shows the cursor as a
    /// reversed cell. Returns the cursor's column.
    @discardableResult
    public mutating func draw(at x: Int, y: Int, width: Int, focused: Bool, on buffer: inout ScreenBuffer) -> Int {
        guard width > 0 else { return x }
        keepCursorVisible(width: width)
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        var column = x
        var cursorColumn = x
        var index = scroll
        while index <= characters.count {
            if index == cursor { cursorColumn = column }
            guard index < characters.count else { break }
            let piece = String(characters[index])
            let w = ScreenBuffer.width(of: piece)
            if column + w > x + width { break }
            buffer.write(piece, x: column, y: y, width: w, role: .input)
            column += w
            index += 1
        }
        if focused && cursorColumn < x + width {
            buffer.restyle(Rect(x: cursorColumn, y: y, width: max(1, cursor < characters.count ? ScreenBuffer.width(of: String(characters[cursor])) : 1), height: 1),
                           role: .selected)
        }
        return cursorColumn
    }

    private mutating func keepCursorVisible(width: Int) {
        if cursor < scroll { scroll = cursor }
        // Leave one column for the cursor after the last character.
        while scroll < cursor && columns(scroll..<cursor) + 1 > width { scroll += 1 }
    }

    private func columns(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + ScreenBuffer.width(of: String(characters[$1])) }
    }
}
