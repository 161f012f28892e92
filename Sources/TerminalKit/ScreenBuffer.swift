import KartrekkerText

/// A frame: a grid of cells that screens and widgets draw into and the backend blits.
///
/// All text goes in through `write`, which escapes control and bidi characters, measures
/// display width, clips at the edges and truncates with an ellipsis without ever splitting a
/// grapheme cluster or leaving half a wide character.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public let glyphs: Glyphs
    public private(set) var cells: [Cell]

    public init(size: Size, glyphs: Glyphs = .unicodeSet) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Sets every cell of `rect` to a blank of `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { put(Cell(" ", width: 1, role: role), x: x, y: y) }
        }
    }

    /// Writes `text` from column `x` of row `y`, within `width` columns (to the edge when `nil`).
    /// Text that does not fit is cut and ends in an ellipsis. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int? = nil, role: StyleRole = .normal) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let start = max(0, x)
        let limit = min(size.width, width.map { x + $0 } ?? size.width)
        guard start < limit else { return 0 }
        let available = limit - x
        let safe = SafeText.escaped(text)
        let clusters = ScreenBuffer.clusters(of: safe)
        let total = clusters.reduce(0) { $0 + $1.width }
        let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
        let budget = total > available ? max(0, available - ellipsisWidth) : available
        var column = x
        for cluster in clusters {
            if column + cluster.width > x + budget { break }
            if column >= start {
                put(Cell(cluster.text, width: cluster.width, role: role), x: column, y: y)
                if cluster.width == 2 { put(Cell("", width: 0, role: role), x: column + 1, y: y) }
            }
            column += cluster.width
        }
        if total > available && available >= ellipsisWidth {
            // A wide character that did not fit leaves a gap: pad it before the ellipsis.
            while column < x + budget {
                if column >= start { put(Cell(" ", width: 1, role: role), x: column, y: y) }
                column += 1
            }
            if column >= start { put(Cell(glyphs.ellipsis, width: 1, role: role), x: column, y: y) }
            column += ellipsisWidth
        }
        return column - x
    }

    /// Writes `text` padded with spaces (or cut) to exactly `width` columns.
    public mutating func writePadded(_ text: String, x: Int, y: Int, width: Int, role: StyleRole = .normal,
                                     alignRight: Bool = false) {
        fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        if alignRight {
            let used = min(width, ScreenBuffer.width(of: text))
            write(text, x: x + width - used, y: y, width: used, role: role)
        } else {
            write(text, x: x, y: y, width: width, role: role)
        }
    }

    /// Changes the role of every cell in `rect`, keeping the text.
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * size.width + x].role = role }
        }
    }

    /// Draws a box along the edge of `rect`, with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, role: StyleRole = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for x in rect.x + 1..<rect.maxX - 1 {
            put(Cell(glyphs.horizontal, role: role), x: x, y: rect.y)
            put(Cell(glyphs.horizontal, role: role), x: x, y: rect.maxY - 1)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            put(Cell(glyphs.vertical, role: role), x: rect.x, y: y)
            put(Cell(glyphs.vertical, role: role), x: rect.maxX - 1, y: y)
        }
        put(Cell(glyphs.topLeft, role: role), x: rect.x, y: rect.y)
        put(Cell(glyphs.topRight, role: role), x: rect.maxX - 1, y: rect.y)
        put(Cell(glyphs.bottomLeft, role: role), x: rect.x, y: rect.maxY - 1)
        put(Cell(glyphs.bottomRight, role: role), x: rect.maxX - 1, y: rect.maxY - 1)
        if let title, rect.width > 6 {
            write(" " + title + " ", x: rect.x + 2, y: rect.y, width: rect.width - 4, role: .title)
        }
    }

    /// The text of row `y` (wide characters once), trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width where !self[x, y].isContinuation { text += self[x, y].text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row, for text snapshots.
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    /// One letter per cell for its role (`StyleRole.letter`, continuation cells shown as `~`),
    /// for snapshots where the styling matters.
    public var styleMap: String {
        (0..<size.height).map { y in
            String((0..<size.width).map { x -> Character in
                let cell = self[x, y]
                if cell.isContinuation { return "~" }
                return cell.role.letter
            })
        }.joined(separator: "\n")
    }

    /// The columns `text` takes once escaped.
    public static func width(of text: String) -> Int {
        clusters(of: SafeText.escaped(text)).reduce(0) { $0 + $1.width }
    }

    private static func clusters(of text: String) -> [(text: String, width: Int)] {
        text.compactMap { character in
            let width = DisplayWidth.of(character)
            return width == 0 ? nil : (String(character), width)
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(size.width, rect.maxX) - x0, height: min(size.height, rect.maxY) - y0)
    }

    /// Puts one cell, repairing a wide character it cuts in half.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation && x > 0 && !cell.isContinuation {
            cells[index - 1] = Cell(" ", width: 1, role: cells[index - 1].role)
        }
        if old.width == 2 && cell.width != 2 && x + 1 < size.width {
            cells[index + 1] = Cell(" ", width: 1, role: cells[index + 1].role)
        }
        if cell.width == 2 && x + 1 >= size.width {
            cells[index] = Cell(" ", width: 1, role: cell.role)
            return
        }
        cells[index] = cell
    }
}
