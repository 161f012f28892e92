/// What a screen made of a key: nothing (the key goes on to the global keys), done, or a
/// request for the UI: open an employee, load the screen's data again.
enum ScreenOutcome: Equatable {
    case unhandled
    case handled
    case open(String)
    case reload
}
