import Foundation

/// Messages coming back from work off the key path, picked up by the loop between keys.
final class Mailbox<Message: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    /// Called after each post, so that a loop waiting for keys looks at once.
    private let wake: (@Sendable () -> Void)?

    init(wake: (@Sendable () -> Void)? = nil) {
        self.wake = wake
    }

    func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
        wake?()
    }

    func takeAll() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages.removeAll()
        return taken
    }
}
