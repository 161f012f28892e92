/// A one-line text field that edits like a shell line, over grapheme clusters: `←` `→`,
/// `Home`/`Ctrl-A`, `End`/`Ctrl-E`, `Backspace`, `Delete`, `Ctrl-W`, `Ctrl-U`, `Ctrl-K`. Longer
/// text scrolls sideways to keep the cursor in view.
public struct TextField: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        case left, right, home, end, backspace, delete, deleteWord, deleteToStart, deleteToEnd, type
    }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.textField, [
            KeyBinding([], w.type, help: w.lettersAreText, keyLabel: w.letters, inFooter: false, action: .type),
            KeyBinding([.left], w.left, help: w.cursorLeft, inFooter: false, action: .left),
            KeyBinding([.right], w.right, help: w.cursorRight, inFooter: false, action: .right),
            KeyBinding([.home, .control("a")], w.start, help: w.toStart, keyLabel: "Home/Ctrl-A", inFooter: false, action: .home),
            KeyBinding([.end, .control("e")], w.end, help: w.toEnd, keyLabel: "End/Ctrl-E", inFooter: false, action: .end),
            KeyBinding([.backspace, .control("h")], w.erase, help: w.eraseBefore, keyLabel: "Backspace", inFooter: false,
                       action: .backspace),
            KeyBinding([.delete, .control("d")], w.delete, help: w.eraseUnder, keyLabel: "Delete/Ctrl-D", inFooter: false,
                       action: .delete),
            KeyBinding([.control("w")], w.eraseWord, help: w.eraseWordHelp, inFooter: false, action: .deleteWord),
            KeyBinding([.control("u")], w.eraseToStart, help: w.eraseToStartHelp, inFooter: false, action: .deleteToStart),
            KeyBinding([.control("k")], w.eraseToEnd, help: w.eraseToEndHelp, inFooter: false, action: .deleteToEnd),
        ])
    }

    public private(set) var characters: [Character]
    /// The cursor sits before `characters[cursor]` (at the end when equal to the count).
    public private(set) var cursor: Int
    public let maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns whether it was one.
    public mutating func handle(_ key: Key) -> Bool {
        if case .character(let c) = key {
            insert(String(c))
            return true
        }
        guard let action = TextField.bindings.action(for: key) else { return false }
        switch action {
        case .type: break
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .deleteWord:
            // The word before the cursor and the spaces after it, as a shell does.
            var start = cursor
            while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor..<characters.count)
        }
        return true
    }

    /// Inserts text at the cursor (typed or pasted); line breaks become spaces, and the text
    /// stops at `maxLength`.
    public mutating func insert(_ text: String) {
        for character in text {
            if let maxLength, characters.count >= maxLength { return }
            characters.insert(character.isNewline ? " " : character, at: cursor)
            cursor += 1
        }
    }

    /// The first character shown in `width` columns: the start, unless the cursor would then
    /// be out of view, in which case the text scrolls just far enough to show it.
    public func scroll(width: Int) -> Int {
        var start = 0
        // Leave one column for the cursor after the last character.
        while start < cursor && columns(start..<cursor) + 1 > width { start += 1 }
        return start
    }

    /// Draws the field in `width` columns at (`x`, `y`); with `focused`, shows the cursor as a
    /// reversed cell. Returns the cursor's column.
    @discardableResult
    public func draw(at x: Int, y: Int, width: Int, focused: Bool, on buffer: inout ScreenBuffer) -> Int {
        guard width > 0 else { return x }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        var column = x
        var cursorColumn = x
        var index = scroll(width: width)
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

    private func columns(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + ScreenBuffer.width(of: String(characters[$1])) }
    }
}
