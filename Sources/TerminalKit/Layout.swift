/// Where a screen's parts go at a size: a header, a body and a footer. `update` uses it to
/// page and clamp, `view` to draw, so both always agree on how many rows a list shows.
public struct Layout: Hashable, Sendable {
    public let size: Size
    public let header: Rect
    public let body: Rect
    public let footer: Rect

    public init(_ size: Size, headerRows: Int = 2, footerRows: Int = 2) {
        self.size = size
        let (top, rest) = Rect(size).splitTop(headerRows)
        let (middle, bottom) = rest.splitBottom(footerRows)
        header = top
        body = middle
        footer = bottom
    }

    /// Rows a list shows in `rect` under a header row, with a filter line when one is open.
    public static func listRows(in rect: Rect, headerRow: Bool = true, filterLine: Bool = false) -> Int {
        max(0, rect.height - (headerRow ? 1 : 0) - (filterLine ? 1 : 0))
    }
}
