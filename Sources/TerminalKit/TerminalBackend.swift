/// A real terminal, as the runner uses it: the curses backend conforms; nothing in this
/// module touches a terminal itself.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    var glyphs: Glyphs { get }
    /// Shows `frame`, writing only what changed since the last one.
    func draw(_ frame: ScreenBuffer)
    /// The next key, paste or resize, waiting up to `milliseconds`.
    func readEvent(timeout milliseconds: Int32) -> Event?
    /// Forgets the last frame so the next draw repaints everything.
    func invalidate()
    func suspend()
    func stop()
    /// A terminating signal that arrived, if any.
    var pendingSignal: TerminalSignal? { get }
    /// Restores the terminal and dies of the pending signal, as the process would have.
    func stopAndReraise() -> Never
    /// Ends a `readEvent` that is waiting, from any thread: the runner calls it when work off
    /// the key path has answered, so that the answer is drawn at once. `nil`: the wait runs out.
    var waker: (@Sendable () -> Void)? { get }
}

extension TerminalBackend {
    public var waker: (@Sendable () -> Void)? { nil }
}
