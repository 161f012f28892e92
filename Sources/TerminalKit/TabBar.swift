/// The row of screens at the top: ` 1 Dashboard  2 Employees …`, the current one highlighted.
/// Where the row is narrow, titles shrink to their numbers and first letters.
public struct TabBar: Hashable, Sendable {
    public let titles: [String]
    public let selected: Int

    public init(_ titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// The label of tab `index` at full length or shortened.
    func label(_ index: Int, short: Bool) -> String {
        let title = short ? String(titles[index].prefix(3)) : titles[index]
        return "\(index + 1) \(title)"
    }

    /// The columns the bar takes at full length.
    public func width(short: Bool = false) -> Int {
        titles.indices.reduce(0) { $0 + ScreenBuffer.width(of: label($1, short: short)) + 2 }
    }

    /// Draws the tabs from `x` in at most `width` columns; returns the columns used.
    @discardableResult
    public func draw(at x: Int, y: Int, width: Int, on buffer: inout ScreenBuffer) -> Int {
        let short = self.width() > width
        var column = x
        for index in titles.indices {
            let text = " " + label(index, short: short) + " "
            let needed = ScreenBuffer.width(of: text)
            guard column + needed <= x + width else { break }
            buffer.write(text, x: column, y: y, role: index == selected ? .selected : .accent)
            column += needed
        }
        return column - x
    }
}
