import KartrekkerCore
/// What a screen made of a key: nothing (the key goes on to the global keys), done, or a
/// request for the UI: open an employee, load the screen's data again.
enum ScreenOutcome {
    case unhandled
    case handled
    case open(String)
    case reload
    /// Open a form.
    case form(FormRequest)
    /// Ask, then archive or restore.
    case archive(Employee)
    /// Ask, then delete the record with this id.
    case delete(String)
    /// Say something on the status line.
    case say(String)
    /// Write the report for a person's yearly conversation.
    case report(String)
}
