import Foundation

/// Owns the loop of a program on a real terminal: reads events, applies updates, runs
/// effects (slow ones off the key path), draws each new state, ticks, notices data that
/// changed on disk, and ends cleanly on `quit` and on terminating signals.
public final class Runner<P: Program> {
    public private(set) var program: P
    private let terminal: any TerminalBackend
    private let watch: (@Sendable () -> Int)?
    private let watchInterval: TimeInterval
    private let inbox: Mailbox<Input<P.Message>>
    private var dirty = true
    private var running = true
    private var nextTick = Date()

    /// `watch` returns a value that changes when the data changes (a hash of the store's change
    /// stamp); it is polled every `watchInterval` seconds on a thread of its own and a change
    /// becomes `.dataChanged`.
    public init(program: P, terminal: any TerminalBackend, watch: (@Sendable () -> Int)? = nil,
                watchInterval: TimeInterval = 1) {
        self.program = program
        self.terminal = terminal
        self.watch = watch
        self.watchInterval = watchInterval
        inbox = Mailbox(wake: terminal.waker)
    }

    /// Runs until the program quits; returns its last state. A terminating signal restores the
    /// terminal and ends the process.
    @discardableResult
    public func run() -> P {
        let watcher = startWatching()
        defer { watcher?.cancel() }
        perform(program.starting())
        send(.event(.resize(terminal.size)))
        while running {
            if let signal = terminal.pendingSignal {
                _ = program.applying(.event(.signal(signal)))
                terminal.stopAndReraise()
            }
            for input in inbox.takeAll() where running { send(input) }
            guard running else { break }
            if dirty {
                var frame = ScreenBuffer(size: terminal.size, glyphs: terminal.glyphs)
                program.drawing(into: &frame)
                terminal.draw(frame)
                dirty = false
            }
            let now = Date()
            if now >= nextTick {
                send(.event(.tick(now)))
                nextTick = now + (program.wantsFrequentTicks ? 0.1 : 1)
                continue
            }
            let wait = Int32(max(1, min(100, nextTick.timeIntervalSince(now) * 1000)))
            if let event = terminal.readEvent(timeout: wait) {
                send(.event(event))
            }
        }
        terminal.stop()
        return program
    }

    private func send(_ input: Input<P.Message>) {
        let effects = program.applying(input)
        dirty = true
        if program.wantsFrequentTicks { nextTick = min(nextTick, Date() + 0.1) }
        perform(effects)
    }

    private func perform(_ effects: [Effect<P.Message>]) {
        for effect in effects {
            switch effect {
            case .quit:
                running = false
            case .suspend:
                terminal.suspend()
                send(.event(.resize(terminal.size)))
            case .redraw:
                terminal.invalidate()
            case .perform(let work):
                if let message = work() { send(.message(message)) }
            case .background(let work):
                let inbox = self.inbox
                DispatchQueue.global(qos: .userInitiated).async { inbox.post(.message(work())) }
            case .backgroundStream(let work):
                let inbox = self.inbox
                DispatchQueue.global(qos: .userInitiated).async { work { inbox.post(.message($0)) } }
            }
        }
    }

    private func startWatching() -> DispatchSourceTimer? {
        guard let watch else { return nil }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        let inbox = self.inbox
        let last = Mailbox<Int>()
        last.post(watch())
        timer.schedule(deadline: .now() + watchInterval, repeating: watchInterval)
        timer.setEventHandler {
            let value = watch()
            let previous = last.takeAll().last
            last.post(value)
            if previous != value { inbox.post(.event(.dataChanged)) }
        }
        timer.resume()
        return timer
    }
}
