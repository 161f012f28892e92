/// One field of a form: a label, its editor, and the error shown beside it.
public struct FormField: Hashable, Sendable {
    public enum Editor: Hashable, Sendable {
        case text(TextField)
        case choice(ChoiceField)
        case picker(Picker)
    }

    public let label: String
    public var editor: Editor
    public var error: String?

    public init(_ label: String, _ editor: Editor) {
        self.label = label
        self.editor = editor
    }

    /// The field's value: what was typed, the value of the option chosen or of the item picked.
    public var value: String {
        switch editor {
        case .text(let field): field.text
        case .choice(let field): field.value ?? ""
        case .picker(let picker): picker.value ?? ""
        }
    }

    /// What the field holds, for telling whether a key changed it (moving a cursor does not).
    var content: String {
        switch editor {
        case .text(let field): field.text
        case .choice(let field): field.value ?? ""
        case .picker(let picker): picker.query.text + "\u{0}" + (picker.value ?? "")
        }
    }

    /// Rows the field takes: a picker shows its matches below the query while focused.
    public func rows(focused: Bool, pickerRows: Int) -> Int {
        if case .picker = editor, focused { return 1 + pickerRows }
        return 1
    }
}
