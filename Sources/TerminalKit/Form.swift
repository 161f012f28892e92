/// A form: labelled fields, one focused; `Tab`/`↓` next, `Shift-Tab`/`↑` previous; errors
/// beside their fields. Saving and cancelling are the caller's (it sees `Enter`, `Ctrl-S`,
/// `Esc` come back as not handled). Taller than the room it gets, it scrolls to keep the
/// focused field in view.
public struct Form: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// `Tab` and `Shift-Tab` go round; `↓` and `↑` stop at the ends.
        case next(wraps: Bool), previous(wraps: Bool)
        /// `Enter`: the next field, and on the last one (or in a form of one field) save.
        case submit
        case save, cancel
    }

    public static var bindings: BindingTable<Action> {
        let w = KitWords.current
        return BindingTable<Action>(title: w.form, [
            KeyBinding([([.tab], .next(wraps: true)), ([.down], .next(wraps: false))], w.nextField, keyLabel: "Tab/↓", inFooter: false),
            KeyBinding([([.backTab], .previous(wraps: true)), ([.up], .previous(wraps: false))], w.previousField,
                       keyLabel: "Shift-Tab/↑", inFooter: false),
            KeyBinding([.enter], w.nextFieldOrSave, help: w.nextFieldOrSaveHelp, keyLabel: "Enter", inFooter: false,
                       action: .submit),
            KeyBinding([.control("s")], w.save, help: w.saveHelp, action: .save),
            KeyBinding([.escape], w.cancel, help: w.cancelHelp, overrides: true, action: .cancel),
        ])
    }

    public let title: String
    public var fields: [FormField]
    public private(set) var focus = 0
    /// Whether any field's content changed since the form opened (to ask before cancelling).
    public private(set) var isDirty = false
    /// A problem not tied to one field (a save that failed), shown above the hint.
    public var notice: String?
    public static let pickerRows = 4

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }

    public var isOnLastField: Bool { focus == fields.count - 1 }

    public mutating func focus(_ index: Int) {
        focus = fields.isEmpty ? 0 : min(max(0, index), fields.count - 1)
    }

    /// The index of the field with `id`.
    public func index(of id: String) -> Int? {
        fields.firstIndex { $0.id == id }
    }

    public func field(_ id: String) -> FormField? {
        index(of: id).map { fields[$0] }
    }

    /// Changes the field with `id` in place, if the form has it.
    public mutating func update(_ id: String, _ change: (inout FormField) -> Void) {
        guard let index = index(of: id) else { return }
        change(&fields[index])
    }

    /// Adds a field after the one with `after`, or removes the one with `id` (the focus stays
    /// on the same field).
    public mutating func insert(_ field: FormField, after id: String) {
        guard self.index(of: field.id) == nil, let index = index(of: id) else { return }
        fields.insert(field, at: index + 1)
        if focus > index { focus += 1 }
    }

    public mutating func remove(_ id: String) {
        guard let index = index(of: id) else { return }
        fields.remove(at: index)
        if focus > index || focus >= fields.count { focus = max(0, focus - 1) }
    }

    /// Shows `message` under the field with `id` and moves the cursor there.
    public mutating func fail(_ id: String, _ message: String) {
        guard let index = index(of: id) else {
            notice = message
            return
        }
        fields[index].error = message
        focus = index
    }

    public mutating func clearErrors() {
        for index in fields.indices { fields[index].error = nil }
        notice = nil
    }

    /// The keys active in the form now: the focused field's and the form's.
    public var sections: [KeySection] {
        var result = [Form.bindings.section]
        guard fields.indices.contains(focus) else { return result }
        switch fields[focus].editor {
        case .text: result.insert(TextField.bindings.section, at: 0)
        case .choice: result.insert(ChoiceField.bindings.section, at: 0)
        case .picker: result.insert(contentsOf: [Picker.bindings.section, TextField.bindings.section], at: 0)
        case .checklist: result.insert(Checklist.bindings.section, at: 0)
        }
        return result
    }

    /// Handles navigation and editing keys; returns false for keys the caller decides on
    /// (`Enter`, `Ctrl-S`, `Esc`, …).
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch Form.bindings.action(for: key) {
        case .next(let wraps):
            focus = wraps ? (focus + 1) % fields.count : min(fields.count - 1, focus + 1)
            return true
        case .previous(let wraps):
            focus = wraps ? (focus + fields.count - 1) % fields.count : max(0, focus - 1)
            return true
        case .save, .cancel, .submit:
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
        case .checklist(var list, let summary):
            handled = list.handle(key)
            fields[focus].editor = .checklist(list, summary: summary)
        }
        if handled && fields[focus].content != before {
            isDirty = true
            fields[focus].error = nil
            notice = nil
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
        case .choice, .checklist: return
        }
        if fields[focus].content != before {
            isDirty = true
            fields[focus].error = nil
        }
    }

    /// Rows field `index` takes, its error included, wrapped to `width` (an error's hint is
    /// shown whole: it says how to write what was refused).
    private func height(_ index: Int, width: Int) -> Int {
        fields[index].rows(focused: index == focus, pickerRows: Form.pickerRows) + errorLines(index, width: width).count
    }

    private func errorLines(_ index: Int, width: Int) -> [String] {
        fields[index].error.map { Paragraph.lines("! " + $0, width: width) } ?? []
    }

    /// Draws the form in a box centred in `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer, hint: String) {
        let labelWidth = (fields.map { ScreenBuffer.width(of: $0.label) }.max() ?? 0) + 1
        let boxWidth = min(rect.width, 76)
        // Inside the box's border: a space, the label, a space, the field, a space.
        let fieldWidth = max(1, boxWidth - labelWidth - 5)
        let rows = fields.indices.reduce(0) { $0 + height($1, width: fieldWidth) }
        let box = rect.centered(Size(width: boxWidth, height: min(rect.height, max(1, rows) + (notice == nil ? 0 : 1) + 4)))
        buffer.fill(box)
        buffer.box(box, title: title)
        let inner = box.inset(by: 1)
        let fieldX = inner.x + 1 + labelWidth + 1
        // The rows for fields: all but the blank, notice and hint lines at the bottom.
        let room = max(1, inner.height - 2 - (notice == nil ? 0 : 1))
        var first = 0
        // Scrolled as little as keeps the focused field in view.
        while first < focus && (first...focus).reduce(0, { $0 + height($1, width: fieldWidth) }) > room { first += 1 }
        var y = inner.y
        if fields.isEmpty {
            buffer.write(KitWords.current.nothingToFillIn, x: inner.x + 1, y: y, width: inner.width - 2, role: .muted)
        }
        if first > 0 { buffer.write(buffer.glyphs.up, x: inner.maxX - 1, y: inner.y, role: .muted) }
        for index in fields.indices.dropFirst(first) {
            guard y + fields[index].rows(focused: index == focus, pickerRows: Form.pickerRows) <= inner.y + room else {
                buffer.write(buffer.glyphs.down, x: inner.maxX - 1, y: inner.y + room - 1, role: .muted)
                break
            }
            let focused = index == focus
            buffer.write(fields[index].label, x: inner.x + 1, y: y, width: labelWidth, role: focused ? .accent : .muted)
            let height = fields[index].rows(focused: focused, pickerRows: Form.pickerRows)
            let area = Rect(x: fieldX, y: y, width: fieldWidth, height: height)
            switch fields[index].editor {
            case .text(let field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
            case .choice(let field):
                field.draw(at: fieldX, y: y, width: fieldWidth, focused: focused, on: &buffer)
            case .picker(let picker):
                if focused {
                    picker.draw(in: area, focused: true, on: &buffer)
                } else {
                    let label = picker.selected.map { picker.items[$0].label } ?? picker.noneLabel ?? picker.query.text
                    buffer.writePadded(label, x: fieldX, y: y, width: fieldWidth, role: picker.selected == nil && picker.noneLabel != nil ? .muted : .input)
                }
            case .checklist(let list, let summary):
                list.draw(in: area, focused: focused, summary: summary, on: &buffer)
            }
            y += height
            for line in errorLines(index, width: fieldWidth) where y < inner.maxY - 1 {
                buffer.write(line, x: fieldX, y: y, width: fieldWidth, role: .danger)
                y += 1
            }
        }
        if let notice {
            buffer.write("! " + notice, x: inner.x + 1, y: inner.maxY - 2, width: inner.width - 2, role: .danger)
        }
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, role: .muted)
    }
}
