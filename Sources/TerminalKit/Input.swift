/// What an update receives: an event from outside, or a message a program's own effect sent.
public enum Input<Message: Sendable>: Sendable {
    case event(Event)
    case message(Message)
}
