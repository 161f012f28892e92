import Foundation

/// Everything that reaches a program from outside: keys and pasted text, a new terminal size,
/// time passing, data changed by someone else, and the signals the loop must handle.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// Text pasted in one go (bracketed paste), to be inserted as typed text.
    case paste(String)
    case resize(Size)
    /// Time passes: toasts expire, spinners turn, today may roll over.
    case tick(Date)
    /// A data file changed on disk (noticed by polling off the key path).
    case dataChanged
    /// A terminating signal arrived; the runner restores the terminal and ends after it.
    case signal(TerminalSignal)
}

/// The signals a terminal program must end cleanly on.
public enum TerminalSignal: Hashable, Sendable {
    case terminate, hangup, interrupt
}
