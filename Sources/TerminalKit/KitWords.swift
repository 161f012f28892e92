import KartrekkerText

/// Every word the kit's own widgets show (their keys in the footer and help, "No match", the
/// yes/no of a question), in English and in Dutch side by side.
///
/// A program names its language once (`Program.words`); the runner and a scripted session make
/// it `current` while they update and draw, so a widget deep in a form says it without every
/// call passing it down. Tests in parallel each have their own.
public struct KitWords: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The words of the program being updated or drawn.
    @TaskLocal public static var current = KitWords(.english)

    /// One phrase: its English and its Dutch.
    func w(_ english: String, _ dutch: String) -> String { language == .dutch ? dutch : english }

    // MARK: Text field
    var textField: String { w("Text field", "Tekstveld") }
    var type: String { w("type", "typen") }
    var letters: String { w("letters", "letters") }
    var lettersAreText: String { w("Letters are text; pasting works too", "Letters zijn tekst; plakken kan ook") }
    var left: String { w("left", "links") }
    var cursorLeft: String { w("Cursor left", "Cursor naar links") }
    var right: String { w("right", "rechts") }
    var cursorRight: String { w("Cursor right", "Cursor naar rechts") }
    var start: String { w("start", "begin") }
    var toStart: String { w("To the start", "Naar het begin") }
    var end: String { w("end", "eind") }
    var toEnd: String { w("To the end", "Naar het eind") }
    var erase: String { w("erase", "wissen") }
    var eraseBefore: String { w("Erase before the cursor", "Wissen voor de cursor") }
    var delete: String { w("delete", "weghalen") }
    var eraseUnder: String { w("Erase under the cursor", "Wissen onder de cursor") }
    var eraseWord: String { w("erase word", "woord wissen") }
    var eraseWordHelp: String { w("Erase the word before the cursor", "Het woord voor de cursor wissen") }
    var eraseToStart: String { w("erase to start", "wissen tot begin") }
    var eraseToStartHelp: String { w("Erase to the start", "Wissen tot het begin") }
    var eraseToEnd: String { w("erase to end", "wissen tot eind") }
    var eraseToEndHelp: String { w("Erase to the end", "Wissen tot het eind") }

    // MARK: Form
    var form: String { w("Form", "Formulier") }
    var nextField: String { w("next field", "volgend veld") }
    var previousField: String { w("previous field", "vorig veld") }
    var nextFieldOrSave: String { w("next field or save", "volgend veld of bewaren") }
    var nextFieldOrSaveHelp: String { w("Next field; on the last field, save", "Volgend veld; op het laatste veld: bewaren") }
    var save: String { w("save", "bewaren") }
    var saveHelp: String { w("Save (Enter on the last field too)", "Bewaren (ook Enter op het laatste veld)") }
    var cancel: String { w("cancel", "annuleren") }
    var cancelHelp: String { w("Cancel (asks first when something was typed)", "Annuleren (vraagt eerst als er iets getypt is)") }
    var nothingToFillIn: String { w("Nothing to fill in.", "Niets in te vullen.") }

    // MARK: Choices and lists
    var choice: String { w("Choice", "Keuze") }
    var checklist: String { w("Checklist", "Keuzelijst") }
    var check: String { w("check", "aanvinken") }
    var checkHelp: String { w("Check or uncheck the option", "De optie aan- of uitvinken") }
    var next: String { w("next", "volgende") }
    var nextOption: String { w("Next option", "Volgende optie") }
    var previous: String { w("previous", "vorige") }
    var previousOption: String { w("Previous option", "Vorige optie") }
    var lettersJump: String { w("Letters jump to the option that starts with them", "Letters springen naar de optie die ermee begint") }
    var space: String { w("Space", "Spatie") }
    var nothingToChoose: String { w("Nothing to choose from", "Niets om uit te kiezen") }
    var lists: String { w("Lists", "Lijsten") }
    var move: String { w("move", "kiezen") }
    var previousRow: String { w("Previous row", "Vorige regel") }
    var nextRow: String { w("Next row", "Volgende regel") }
    var pageUp: String { w("page up", "pagina omhoog") }
    var pageDown: String { w("page down", "pagina omlaag") }
    var oneScreenUp: String { w("One screen up", "Een scherm omhoog") }
    var oneScreenDown: String { w("One screen down", "Een scherm omlaag") }
    var first: String { w("first", "eerste") }
    var firstRow: String { w("First row", "Eerste regel") }
    var last: String { w("last", "laatste") }
    var lastRow: String { w("Last row", "Laatste regel") }
    var filter: String { w("filter", "filteren") }
    var filterHelp: String { w("Filter as you type (Enter keeps it, Esc clears it)", "Filteren terwijl je typt (Enter houdt het, Esc wist het)") }
    var clearFilter: String { w("clear filter", "filter wissen") }
    var clearFilterHelp: String { w("Clear the filter", "Het filter wissen") }
    var filterTitle: String { w("Filter", "Filter") }
    var keep: String { w("keep", "houden") }
    var keepHelp: String { w("Keep the filter and go back to the list", "Het filter houden en terug naar de lijst") }
    var clear: String { w("clear", "wissen") }
    var lettersFilter: String { w("Letters filter the list (accents and case do not matter)", "Letters filteren de lijst (accenten en hoofdletters tellen niet)") }
    var picker: String { w("Picker", "Kiezer") }
    var lettersFilterNames: String { w("Letters filter the names (accents and case do not matter)", "Letters filteren de namen (accenten en hoofdletters tellen niet)") }
    var nextMatch: String { w("next match", "volgende treffer") }
    var nextMatchHelp: String { w("Next match", "Volgende treffer") }
    var previousMatch: String { w("previous match", "vorige treffer") }
    var previousMatchHelp: String { w("Previous match", "Vorige treffer") }
    var noMatch: String { w("No match", "Geen treffer") }
    func noMatch(for filter: String) -> String { w("No match for \"\(filter)\".", "Geen treffer voor \"\(filter)\".") }
    func matches(_ count: Int) -> String { count == 1 ? w("1 match", "1 treffer") : w("\(count) matches", "\(count) treffers") }
    public var nothingHereYet: String { w("Nothing here yet.", "Hier staat nog niets.") }

    // MARK: Help
    var help: String { w("Help", "Hulp") }
    var scrollUp: String { w("scroll up", "omhoog") }
    var scrollDown: String { w("scroll down", "omlaag") }
    var top: String { w("top", "begin") }
    var bottom: String { w("bottom", "eind") }
    var close: String { w("close", "sluiten") }
    func of(_ first: Int, _ last: Int, _ count: Int) -> String { w("\(first)–\(last) of \(count)", "\(first)–\(last) van \(count)") }

    // MARK: Question
    var question: String { w("Question", "Vraag") }
    var yes: String { w("yes", "ja") }
    var no: String { w("no", "nee") }
    /// The key that answers yes: `y` (and `j` in Dutch, which both accept).
    var yesKey: String { w("y", "j") }

    // MARK: Terminal too small
    var tooSmall: String { w("Terminal too small", "Venster te klein") }
    func needs(_ size: Size, _ minimum: Size) -> String {
        w("\(size.width)×\(size.height), needs \(minimum.width)×\(minimum.height)",
          "\(size.width)×\(size.height), nodig is \(minimum.width)×\(minimum.height)")
    }
    var enlarge: String { w("Enlarge the window, or q to quit", "Maak het venster groter, of q om te stoppen") }
}
