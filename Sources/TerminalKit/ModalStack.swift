/// Forms, confirmations, help and pickers over a screen, the newest on top. The top one gets
/// every key first; what it does not handle may go to the screen below.
public struct ModalStack<Modal: Sendable>: Sendable {
    public private(set) var items: [Modal] = []

    public init() {}

    public var top: Modal? { items.last }
    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count }

    public mutating func push(_ modal: Modal) {
        items.append(modal)
    }

    @discardableResult
    public mutating func pop() -> Modal? {
        items.popLast()
    }

    /// Changes the top modal in place (a form being typed into).
    public mutating func updateTop(_ change: (inout Modal) -> Void) {
        guard !items.isEmpty else { return }
        change(&items[items.count - 1])
    }

    public mutating func removeAll() {
        items.removeAll()
    }
}
