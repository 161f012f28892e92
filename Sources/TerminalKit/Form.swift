/// A form: labelled fields, one focused; `Tab`/`↓` next, `Shift-Tab`/`↑` previous; errors
/// beside their fields. Saving and cancelling are the caller's (it sees `Enter`, `Ctrl-S`,
/// `Esc` come back as not handled).
public struct Form: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case next, previous, save, cancel }

    public static let bindings = BindingTable<Action>(title: "Form", [
        KeyBinding([.tab, .down], "next field", keyLabel: "Tab/↓", inFooter: false, action: .next),
        KeyBinding([.backTab, .up], "previous field", keyLabel: "Shift-Tab/↑", inFooter: false, action: .previous),
        KeyBinding([.control("s")], "save", help: "Save (Enter on the last field too)", action: .save),
        KeyBinding([.escape], "cancel", help: "Cancel (asks first when something was typed)", overrides: true, action: .cancel),
    ])

    public let title: String
    public var fields: [FormField]
    public private(set) var focus = 0
    /// Whether any field's content changed since the form opened (to ask before cancelling).
    public private(set) var isDirty = false
    public static let pickerRows = 4

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public mutating func focus(_ index: Int) {
        focus = fields.isEmpty ? 0 : min(max(0, index), fields.count - 1)
    }

    /// The keys active in the form now: the form's and the focused field's.
    public var sections: [KeySection] {
        var result = [Form.bindings.section]
        guard fields.indices.contains(focus) else { return result }
        switch fields[focus].editor {
        case .text: result.insert(TextField.bindings.section, at: 0)
        case .choice: result.insert(ChoiceField.bindings.section, at: 0)
        case .picker: result.insert(contentsOf: [Picker.bindings.section, TextField.bindings.section], at: 0)
        }
        return result
    }

    /// Handles navigation and editing keys; returns false for keys the caller decides on
    /// (`Enter`, `Ctrl-S`, `Esc`, …).
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch Form.bindings.action(for: key) {
        case .next:
            focus = key == .down ? min(fields.count - 1, focus + 1) : (focus + 1) % fields.count
            return true
        case .previous:
            focus = key == .up ? max(0, focus - 1) : (focus + fields.count - 1) % fields.count
            return true
        case .save, .cancel:
            return false
        case nil:
            break
        }
        let before = fields[focus].content
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
        if handled && fields[focus].content != before {
            isDirty = true
            fields[focus].error = nil
        }
        return handled
    }

    /// Inserts pasted text into the focused text or picker field.
    public mutating func paste(_ text: String) {
        guard fields.indices.contains(focus) else { return }
        let before = fields[focus].content
        switch fields[focus].editor {
        case .text(var field):
            field.insert(text)
            fields[focus].editor = .text(field)
        case .picker(var picker):
            picker.paste(text)
            fields[focus].editor = .picker(picker)
        case .choice: return
        }
        if fields[focus].content != before {
            isDirty = true
            fields[focus].error = nil
        }
    }

    /// Draws the form in a box centred in `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer, hint: String) {
        let labelWidth = (fields.map { ScreenBuffer.width(of: $0.label) }.max() ?? 0) + 1
        let rows = fields.indices.reduce(0) { $0 + fields[$1].rows(focused: $1 == focus, pickerRows: Form.pickerRows) }
        let errors = fields.filter { $0.error != nil }.count
        let box = rect.centered(Size(width: min(rect.width, 76), height: min(rect.height, rows + errors + 4)))
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(by: 1)
        let fieldX = inner.x + 1 + labelWidth + 1
        let fieldWidth = max(1, inner.maxX - fieldX - 1)
        var y = inner.y
        if fields.isEmpty {
            buffer.write("Nothing to fill in.", x: inner.x + 1, y: y, width: inner.width - 2, role: .muted)
        }
        for index in fields.indices {
            guard y < inner.maxY - 1 else { break }
            let focused = index == focus
            buffer.write(fields[index].label, x: inner.x + 1, y: y, width: labelWidth, role: focused ? .accent : .muted)
            switch fields[index].editor {
            case .text(let field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
            case .choice(let field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
            case .picker(let picker):
                let height = fields[index].rows(focused: focused, pickerRows: Form.pickerRows)
                if focused {
                    picker.draw(in: Rect(x: fieldX, y: y, width: fieldWidth, height: min(height, inner.maxY - 1 - y)),
                                focused: true, on: &buffer)
                } else {
                    let label = picker.selected.map { picker.items[$0].label } ?? picker.query.text
                    buffer.writePadded(label, x: fieldX, y: y, width: fieldWidth, role: .input)
                }
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
