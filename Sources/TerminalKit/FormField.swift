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

    /// The field's value as text: what was typed, the option chosen, the item picked.
    public var value: String {
        switch editor {
        case .text(let field): field.text
        case .choice(let field): field.value ?? ""
        case .picker(let picker): picker.selected.map { picker.items[$0] } ?? ""
        }
    }

    /// Rows the field takes: a picker shows its matches below the query.
    public func rows(pickerRows: Int) -> Int {
        if case .picker = editor { return 1 + pickerRows }
        return 1
    }
}
