/// One field of a form: a label, its editor, and the error shown beside it.
public struct FormField: Hashable, Sendable {
    public enum Editor: Hashable, Sendable {
        case text(TextField)
        case choice(ChoiceField)
        case picker(Picker)
        case checklist(Checklist, summary: String)
    }

    /// What the program calls the field (labels may be translated).
    public let id: String
    public let label: String
    public var editor: Editor
    public var error: String?

    public init(_ label: String, _ editor: Editor, id: String? = nil) {
        self.id = id ?? label
        self.label = label
        self.editor = editor
    }

    /// The field's value: what was typed, the value of the option chosen or of the item picked.
    public var value: String {
        switch editor {
        case .text(let field): field.text
        case .choice(let field): field.value ?? ""
        case .picker(let picker): picker.value ?? ""
        case .checklist(let list, _): list.values.joined(separator: ",")
        }
    }

    /// What the field holds, for telling whether a key changed it (moving a cursor does not).
    var content: String {
        switch editor {
        case .text(let field): field.text
        case .choice(let field): field.value ?? ""
        case .picker(let picker): picker.query.text + "\u{0}" + (picker.value ?? "")
        case .checklist(let list, _): list.values.joined(separator: ",")
        }
    }

    /// Rows the field takes: a picker shows its matches below the query while focused.
    public func rows(focused: Bool, pickerRows: Int) -> Int {
        guard focused else { return 1 }
        switch editor {
        case .picker(let picker): return 1 + max(1, min(pickerRows, picker.matches.count))
        case .checklist(let list, _): return max(1, min(pickerRows, list.options.count))
        case .text, .choice: return 1
        }
    }
}
