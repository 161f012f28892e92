/// What a program asks the runner to do after an update. The program itself never touches
/// the terminal, the files or the clock.
public enum Effect<Message: Sendable>: Sendable {
    /// End the loop and restore the terminal.
    case quit
    /// Suspend to the shell (Ctrl-Z); a resize follows on return.
    case suspend
    /// Repaint every cell on the next frame (Ctrl-L).
    case redraw
    /// Work that must be done before the next key is read (a save that must be on disk before
    /// "Saved" shows); its message, if any, is the next input.
    case perform(@Sendable () -> Message?)
    /// Work off the key path (loading five years of history); its message comes back when it is
    /// done, while keys keep working.
    case background(@Sendable () -> Message)
    /// Work off the key path that reports as it goes (progress, then the result): it may send
    /// any number of messages.
    case backgroundStream(@Sendable (@escaping @Sendable (Message) -> Void) -> Void)
}
