import TerminalKit

/// Where the UI's parts go at a size: the tab bar and a rule at the top, the screen's body,
/// then a status line and the footer with the keys. `update` pages with it, `view` draws with
/// it.
struct UILayout {
    static let minimum = Size(width: 80, height: 24)

    let size: Size
    let header: Rect
    let rule: Rect
    let body: Rect
    let status: Rect
    let footer: Rect

    init(_ size: Size) {
        self.size = size
        let frame = Layout(size, headerRows: 2, footerRows: 2)
        header = frame.header.splitTop(1).top
        rule = frame.header.splitTop(1).rest
        body = frame.body
        status = frame.footer.splitTop(1).top
        footer = frame.footer.splitTop(1).rest
    }

    var isTooSmall: Bool { size.width < UILayout.minimum.width || size.height < UILayout.minimum.height }
}
