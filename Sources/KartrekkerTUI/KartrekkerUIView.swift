import KartrekkerApp
import KartrekkerCore
import TerminalKit

/// Drawing: the tab bar, the screen, the status line and the footer. Pure: the state was
/// clamped in `update`, with the same layout.
extension KartrekkerUI {
    public func view(into buffer: inout ScreenBuffer) {
        let layout = UILayout(buffer.size)
        guard !layout.isTooSmall else {
            TooSmallScreen.draw(size: buffer.size, minimum: UILayout.minimum, on: &buffer)
            return
        }
        buffer.fill(buffer.bounds)
        drawHeader(into: &buffer, layout: layout)
        if let problem {
            ProblemPanel.draw(problem, into: &buffer, layout: layout, strings: strings)
        } else {
            if route == .welcome {
                welcome.draw(into: &buffer, layout: layout, strings: strings, directory: directoryName, database: onDatabase)
            } else if let shown = screen(route) {
                shown.draw(into: &buffer, context)
            } else {
                buffer.write(strings.loading, x: layout.body.x + 1, y: layout.body.y, role: .muted)
            }
        }
        drawStatus(into: &buffer, layout: layout)
        keyMap.drawFooter(in: layout.footer.inset(by: 0).splitTop(1).top, on: &buffer)
        // Modals over the screen, the newest on top.
        for modal in modals.items {
            switch modal {
            case .help(let help): help.draw(in: layout.body, on: &buffer)
            case .form(let form): form.form.draw(in: layout.body, on: &buffer, hint: strings.formHint)
            case .confirm(let confirmation): ConfirmDialog(confirmation.question).draw(in: layout.body, on: &buffer)
            }
        }
    }

    private func drawHeader(into buffer: inout ScreenBuffer, layout: UILayout) {
        let header = layout.header
        var x = header.x + 1
        x += buffer.write(strings.appName, x: x, y: header.y, role: .title)
        let date = strings.longDate(today)
        let dateWidth = ScreenBuffer.width(of: date)
        if route != .welcome {
            let selected = route?.tab ?? history.last(where: { $0.tab != nil })?.tab ?? .dashboard
            let tabs = TabBar(strings.tabs, selected: route?.tab == nil && route != nil ? -1 : selected.rawValue)
            x += tabs.draw(at: x, y: header.y, width: header.maxX - x - dateWidth - 1, on: &buffer)
            if case .employee = route, let name = employee?.data.value?.employee.name {
                x += buffer.write(" › " + name, x: x, y: header.y, width: max(0, header.maxX - x - dateWidth - 2), role: .title)
            }
        }
        buffer.write(date, x: header.maxX - dateWidth, y: header.y, role: .muted)
        // The data directory's name too, where the header has room for it.
        let label = directoryName + "  "
        let labelWidth = ScreenBuffer.width(of: label)
        if x + 2 + labelWidth + dateWidth <= header.maxX {
            buffer.write(label, x: header.maxX - dateWidth - labelWidth, y: header.y, role: .muted)
        }
        let rule = String(repeating: buffer.glyphs.horizontal, count: layout.rule.width)
        buffer.write(rule, x: layout.rule.x, y: layout.rule.y, role: .border)
        if let readOnlyReason {
            buffer.write(" " + readOnlyReason + " ", x: layout.rule.x + 2, y: layout.rule.y, role: .warning)
        }
    }

    /// A rule with the data directory's name, and what is loading.
    private func drawStatus(into buffer: inout ScreenBuffer, layout: UILayout) {
        let status = layout.status
        buffer.write(String(repeating: buffer.glyphs.horizontal, count: status.width), x: status.x, y: status.y, role: .border)
        let name = " " + directoryName + " "
        let nameX = max(status.x, status.maxX - ScreenBuffer.width(of: name) - 2)
        buffer.write(name, x: nameX, y: status.y, role: .muted)
        if isLoading {
            buffer.write(" " + strings.loading + " ", x: status.x + 2, y: status.y, role: .accent)
        }
        // Messages go on the status line, left of the data directory's name (never over it);
        // where the name leaves too little room, the message wins.
        if let toast {
            let room = Rect(x: status.x, y: status.y, width: nameX - status.x, height: status.height)
            let width = ScreenBuffer.width(of: toast.message) + 4
            toast.draw(in: width <= room.width ? room : status, on: &buffer)
        }
    }

    /// Whether the screen shown waits for data.
    var isLoading: Bool {
        route == nil || screen(route)?.isLoading == true
    }
}
