/// Draws a `ListState`: one row per visible item, the selected one highlighted, a scroll
/// thumb and the filter line when there is one. Drawing changes nothing: the state was
/// clamped in `update`, to the same height.
public enum ListView {
    /// `row(index)` gives the text of item `index`.
    public static func draw(_ state: ListState, in rect: Rect, on buffer: inout ScreenBuffer,
                            emptyText: String = KitWords.current.nothingHereYet, row: (Int) -> String) {
        draw(state, in: rect, on: &buffer, emptyText: emptyText) { index, rowRect, selected, buffer in
            buffer.writePadded(row(index), x: rowRect.x, y: rowRect.y, width: rowRect.width,
                               role: selected ? .selected : .normal)
        }
    }

    /// The rows a list drawn in `rect` shows (one less with the filter line).
    public static func rows(in rect: Rect, state: ListState) -> Int {
        max(0, rect.height - (state.showsFilterLine ? 1 : 0))
    }

    /// Draws the visible items with `drawRow(index, rect, selected, buffer)`, one row each.
    public static func draw(_ state: ListState, in rect: Rect, on buffer: inout ScreenBuffer,
                            emptyText: String = KitWords.current.nothingHereYet, scrollbar: Bool = true,
                            drawRow: (Int, Rect, Bool, inout ScreenBuffer) -> Void) {
        guard !rect.isEmpty else { return }
        var area = rect
        if state.showsFilterLine {
            let (top, rest) = rect.splitBottom(1)
            area = top
            let cursor = state.isFiltering ? "_" : ""
            buffer.writePadded("/" + state.filter + cursor + "  (" + KitWords.current.matches(state.visible.count) + ")",
                               x: rest.x, y: rest.y, width: rest.width, role: .input)
        }
        buffer.fill(area)
        // Drawn as clamped for this height; update clamps the same way, so this changes nothing there.
        var shown = state
        shown.clamp(height: area.height)
        guard !shown.visible.isEmpty else {
            buffer.write(shown.filter.isEmpty ? emptyText : KitWords.current.noMatch(for: shown.filter), x: area.x + 1, y: area.y,
                         width: area.width - 1, role: .muted)
            return
        }
        let scrollable = scrollbar && shown.visible.count > area.height
        let textWidth = area.width - (scrollable ? 1 : 0)
        for line in 0..<area.height {
            let position = shown.offset + line
            guard position < shown.visible.count else { break }
            drawRow(shown.visible[position], Rect(x: area.x, y: area.y + line, width: textWidth, height: 1),
                    position == shown.selection, &buffer)
        }
        if scrollable {
            // A thumb on the right edge shows where in the list the view is.
            let thumb = area.y + (area.height - 1) * shown.offset / max(1, shown.visible.count - area.height)
            for y in area.y..<area.maxY {
                buffer.write(y == thumb ? buffer.glyphs.vertical : " ", x: area.maxX - 1, y: y, role: y == thumb ? .accent : .muted)
            }
        }
    }
}
