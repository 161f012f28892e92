/// A form: labelled fields, one focused; `Tab`/`↓` next, `Shift-Tab`/`↑` previous; errors
/// beside their fields. Saving and cancelling are the caller's (it sees `Enter`, `Ctrl-S`,
/// `Esc` come back as not handled).
public struct Form: Hashable, Sendable {
    public let title: String
    public var fields: [FormField]
    public private(set) var focus = 0
    /// Whether anything was typed since the form opened (to ask before cancelling).
    public private(set) var isDirty = false
    public static let pickerRows = 4

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public mutating func focus(_ index: Int) {
        focus = min(max(0, index), fields.count - 1)
    }

    /// Handles navigation and editing keys; returns false for keys the caller decides on
    /// (`Enter`, `Ctrl-S`, `Esc`, …).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .tab:
            focus = (focus + 1) % fields.count
            return true
        case .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return true
        case .down, .up:
            if case .picker(var picker) = fields[focus].editor, picker.handle(key) {
                fields[focus].editor = .picker(picker)
                return true
            }
            focus = key == .down ? min(fields.count - 1, focus + 1) : max(0, focus - 1)
            return true
        default:
            break
        }
        let handled: Bool
        switch fields[focus].editor {
        case .text(var field):
            handled = field.handle(key)
            fields[focus].editor = .text(field)
        case .choice(var field):
            handled = field.handle(key)
            fields[focus].editor = .choice(field)
        case .picker(var picker):
            handled = picker.handle(key)
            fields[focus].editor = .picker(picker)
        }
        if handled {
            isDirty = true
            fields[focus].error = nil
        }
        return handled
    }

    /// Draws the form in a box centred in `rect`.
    public mutating func draw(in rect: Rect, on buffer: inout ScreenBuffer, hint: String) {
        let labelWidth = (fields.map { ScreenBuffer.width(of: $0.label) }.max() ?? 0) + 1
        let rows = fields.reduce(0) { $0 + $1.rows(pickerRows: Form.pickerRows) }
        let box = rect.centered(Size(width: min(rect.width, 76), height: min(rect.height, rows + fields.count + 3)))
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(by: 1)
        let fieldX = inner.x + 1 + labelWidth + 1
        let fieldWidth = max(1, inner.maxX - fieldX - 1)
        var y = inner.y
        for index in fields.indices {
            guard y < inner.maxY - 1 else { break }
            let focused = index == focus
            buffer.write(fields[index].label, x: inner.x + 1, y: y, width: labelWidth, role: focused ? .accent : .muted)
            switch fields[index].editor {
            case .text(var field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
                fields[index].editor = .text(field)
            case .choice(let field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
            case .picker(var picker):
                let height = focused ? 1 + Form.pickerRows : 1
                picker.draw(in: Rect(x: fieldX, y: y, width: fieldWidth, height: min(height, inner.maxY - 1 - y)),
                            focused: focused, on: &buffer)
                fields[index].editor = .picker(picker)
                y += height - 1
            }
            y += 1
            if let error = fields[index].error, y < inner.maxY - 1 {
                buffer.write("! " + error, x: fieldX, y: y, width: fieldWidth, role: .danger)
                y += 1
            }
        }
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, role: .muted)
    }
}
