/// Data a screen waits for: not asked yet, on its way (the last value kept meanwhile), there,
/// or failed with the problem in words.
public enum Loadable<Value: Sendable>: Sendable {
    case idle
    case loading(previous: Value?)
    case loaded(Value)
    case failed(String)

    /// The value to show: the loaded one, or the one before a reload.
    public var value: Value? {
        switch self {
        case .loaded(let value): value
        case .loading(let previous): previous
        case .idle, .failed: nil
        }
    }

    public var isLoading: Bool {
        if case .loading = self { return true }
        return false
    }

    /// The same data, now being reloaded.
    public var reloading: Loadable<Value> { .loading(previous: value) }
}
