import Foundation

/// Drives a program without a terminal, for tests that read like the sessions a person types:
/// give it a size and keys (and other events), read back the state and the screen.
///
/// Effects run at once, in order: work meant for the background runs inline and its message
/// is applied before the next key, so a script never waits.
public struct ScriptedSession<P: Program> {
    public private(set) var program: P
    public private(set) var size: Size
    public let glyphs: Glyphs
    /// The time the last tick carried; `advance(by:)` moves it.
    public private(set) var now: Date
    public private(set) var hasQuit = false
    public private(set) var suspensions = 0
    public private(set) var redraws = 0
    /// Background work, held back by `holdingBackground` until `finishBackground()`.
    private var pending: [@Sendable () -> [P.Message]] = []
    public var holdingBackground = false

    /// `holdingBackground`: from the start, as a real runner draws before its background work
    /// is done (`finishBackground(until:)` then runs it piece by piece).
    public init(_ program: P, size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicodeSet,
                now: Date = Date(timeIntervalSince1970: 1_796_029_200), holdingBackground: Bool = false) {
        self.program = program
        self.size = size
        self.glyphs = glyphs
        self.now = now
        self.holdingBackground = holdingBackground
        run(self.program.starting())
        send(.resize(size))
    }

    /// The screen as the program draws it now.
    public var screen: ScreenBuffer { program.frame(size: size, glyphs: glyphs) }

    /// The screen's text, row by row.
    public var text: String { screen.text }

    /// Sends keys, one after another.
    public mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    public mutating func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types `text` key by key.
    public mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// The terminal changes size.
    public mutating func resize(to newSize: Size) {
        size = newSize
        send(.resize(newSize))
    }

    /// Time passes by `seconds`; one tick carries the new time.
    public mutating func advance(by seconds: TimeInterval) {
        now += seconds
        send(.tick(now))
    }

    public mutating func send(_ event: Event) {
        guard !hasQuit else { return }
        run(program.applying(.event(event)))
    }

    public mutating func deliver(_ message: P.Message) {
        guard !hasQuit else { return }
        run(program.applying(.message(message)))
    }

    /// Runs the background work held back so far, applying each message.
    public mutating func finishBackground() {
        let work = pending
        pending.removeAll()
        for item in work {
            for message in item() { deliver(message) }
        }
    }

    /// Runs the background work held back one piece at a time, in order (work a piece starts
    /// joins the queue), until `done` holds of the program or nothing is left; whether it holds.
    /// What a person sees first after a key, without the work that a real runner does after
    /// that frame (loading ahead).
    @discardableResult
    public mutating func finishBackground(until done: (P) -> Bool) -> Bool {
        while !done(program), !pending.isEmpty {
            let item = pending.removeFirst()
            for message in item() { deliver(message) }
        }
        return done(program)
    }

    /// How much background work is held back.
    public var pendingBackground: Int { pending.count }

    private mutating func run(_ effects: [Effect<P.Message>]) {
        for effect in effects {
            switch effect {
            case .quit: hasQuit = true
            case .suspend:
                suspensions += 1
                send(.resize(size))
            case .redraw: redraws += 1
            case .perform(let work):
                if let message = work() { deliver(message) }
            case .background(let work):
                if holdingBackground { pending.append { [work()] } } else { deliver(work()) }
            case .backgroundStream(let work):
                let collect: @Sendable () -> [P.Message] = {
                    let box = Mailbox<P.Message>()
                    work { box.post($0) }
                    return box.takeAll()
                }
                if holdingBackground {
                    pending.append(collect)
                } else {
                    for message in collect() { deliver(message) }
                }
            }
        }
    }
}
