import Testing
import KartrekkerText
@testable import TerminalKit

@Suite struct WidgetTests {
    func type(_ text: String, into field: inout TextField) {
        for character in text { _ = field.handle(.character(character)) }
    }

    @Test func textFieldEditsLikeAShellLine() {
        var field = TextField()
        type("Noë helps 😀 you", into: &field)
        #expect(field.text == "Noë helps 😀 you" && field.cursor == 15)
        _ = field.handle(.control("w"))
        #expect(field.text == "Noë helps 😀 ")
        _ = field.handle(.backspace)
        _ = field.handle(.backspace)
        #expect(field.text == "Noë helps ")
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.right)
        _ = field.handle(.delete)
        #expect(field.text == "No helps " && field.cursor == 2)
        _ = field.handle(.character("ë"))
        _ = field.handle(.control("k"))
        #expect(field.text == "Noë")
        _ = field.handle(.control("a"))
        _ = field.handle(.character(">"))
        _ = field.handle(.control("e"))
        #expect(field.text == ">Noë" && field.cursor == 4)
        _ = field.handle(.left)
        _ = field.handle(.control("u"))
        #expect(field.text == "ë" && field.cursor == 0)
        let enter = field.handle(.enter)
        let tab = field.handle(.tab)
        #expect(!enter && !tab)
    }

    @Test func textFieldScrollsToKeepTheCursorInView() {
        var field = TextField("Lekkage bij mevrouw De Wit opgelost")
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        // The cursor is at the end: eleven characters and the cursor's own cell fit.
        field.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(field.scroll(width: 12) == 24)
        #expect(buffer.line(0) == "it opgelost")
        #expect(buffer[11, 0].role == .selected)
        _ = field.handle(.home)
        field.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(buffer.line(0) == "Lekkage bij")
        #expect(buffer[0, 0].role == .selected)
        let wide = TextField("李小龙李小龙李小龙")
        wide.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(!buffer.cells.contains { $0.text == "…" })
        #expect(buffer[0, 0].isContinuation == false)
        // Drawing changes nothing: the same field draws the same twice.
        var again = ScreenBuffer(size: Size(width: 12, height: 1))
        wide.draw(at: 0, y: 0, width: 12, focused: true, on: &again)
        #expect(again == buffer)
    }

    @Test func pastedTextIsInsertedWithLineBreaksAsSpaces() {
        var field = TextField("ab", maxLength: 8)
        _ = field.handle(.left)
        field.insert("1\n2")
        #expect(field.text == "a1 2b" && field.cursor == 4)
        field.insert("xyzxyz")
        #expect(field.text.count == 8)
    }

    @Test func pickerFiltersAccentInsensitively() {
        var picker = Picker(["Anna de Vries", "Çelik Yılmaz", "Noë van 't Hof", "Sevda Çelik", "Yara Noor"])
        for character in "celik" { _ = picker.handle(.character(character)) }
        #expect(picker.matches.map { picker.items[$0].label } == ["Çelik Yılmaz", "Sevda Çelik"])
        // ↓ is left to the form; Ctrl-N moves among the matches.
        let down = picker.handle(.down)
        #expect(!down)
        _ = picker.handle(.control("n"))
        #expect(picker.selected.map { picker.items[$0].label } == "Sevda Çelik")
        _ = picker.handle(.control("u"))
        for character in "NOE" { _ = picker.handle(.character(character)) }
        #expect(picker.matches.map { picker.items[$0].label } == ["Noë van 't Hof"])
        for character in "zzz" { _ = picker.handle(.character(character)) }
        #expect(picker.selected == nil)
        var buffer = ScreenBuffer(size: Size(width: 20, height: 3))
        picker.draw(in: buffer.bounds, focused: true, on: &buffer)
        #expect(buffer.line(1) == " No match")
    }

    @Test func anOptionalPickerChoosesNothingUntilANameIsTyped() {
        var picker = Picker([Choice(value: "e-1", label: "Anna"), Choice(value: "e-2", label: "Bram")])
        #expect(picker.value == "e-1", "a required picker offers its first item")
        picker.noneLabel = "nobody else"
        #expect(picker.value == nil && picker.selected == nil)
        for character in "bra" { _ = picker.handle(.character(character)) }
        #expect(picker.value == "e-2")
        for _ in 0..<3 { _ = picker.handle(.backspace) }
        #expect(picker.value == nil, "erased: nothing chosen again")
    }

    @Test func pickersAndChoicesHoldValuesNotLabels() {
        var picker = Picker([Choice(value: "e-1", label: "Anna de Vries"), Choice(value: "e-2", label: "Çelik Yılmaz")])
        for character in "cel" { _ = picker.handle(.character(character)) }
        #expect(picker.value == "e-2")
        picker.select(value: "e-1")
        #expect(picker.value == "e-1" && picker.query.text == "Anna de Vries")
        var choice = ChoiceField([Choice(value: "smile", label: "smile · 5 points"), Choice(value: "idea", label: "idea · 3 points")])
        _ = choice.handle(.character("i"))
        #expect(choice.value == "idea" && choice.label == "idea · 3 points")
        let field = FormField("Category", .choice(choice))
        #expect(field.value == "idea")
    }

    @Test func typingIntoAPickerShowingAChoiceStartsANewSearch() {
        var picker = Picker([Choice(value: "e-1", label: "Anna de Vries (Wijkbeheer)"), Choice(value: "e-2", label: "Sevda Çelik (Klantcontact)")])
        picker.select(value: "e-1")
        // A letter replaces the chosen label rather than joining it ("Anna de Vries (Wijkbeheer)s").
        _ = picker.handle(.character("s"))
        #expect(picker.query.text == "s" && picker.value == "e-2")
        picker.select(value: "e-1")
        _ = picker.handle(.backspace)
        #expect(picker.query.text.isEmpty && picker.matches.count == 2)
        // Moving the cursor first means editing the label: then letters are added.
        picker.select(value: "e-1")
        _ = picker.handle(.left)
        _ = picker.handle(.character("x"))
        #expect(picker.query.text == "Anna de Vries (Wijkbeheerx)")
        picker.select(value: "e-2")
        picker.paste("anna")
        #expect(picker.query.text == "anna" && picker.value == "e-1")
    }

    @Test func aPickerThatTakesNewItemsSaysSoInsteadOfNoMatch() {
        var picker = Picker(["Klantcontact", "Wijkbeheer"])
        picker.newItemHint = "+ a new team will be made:"
        for character in "Verhuur" { _ = picker.handle(.character(character)) }
        var buffer = ScreenBuffer(size: Size(width: 40, height: 3))
        picker.draw(in: buffer.bounds, focused: true, on: &buffer)
        #expect(buffer.line(1) == " + a new team will be made: Verhuur")
        #expect(!buffer.text.contains("No match"))
    }

    @Test func listsMoveScrollAndFilter() {
        var list = ListState(keys: (1...30).map { "Person \($0)" } + ["Zoë", "Çelik"])
        let moved = list.handle(.down, height: 5)
        #expect(moved && list.selectedItem == 1)
        // One page is exactly the five rows on screen: the view and the selection both move by it.
        _ = list.handle(.pageDown, height: 5)
        #expect(list.selectedItem == 6 && list.offset == 5)
        _ = list.handle(.character("G"), height: 5)
        #expect(list.selectedItem == 31 && list.offset == 27)
        _ = list.handle(.character("g"), height: 5)
        #expect(list.selectedItem == 0 && list.offset == 0)
        _ = list.handle(.character("/"), height: 5)
        for character in "zoe" { _ = list.handle(.character(character), height: 5) }
        #expect(list.visible == [30] && list.isFiltering)
        _ = list.handle(.enter, height: 5)
        #expect(!list.isFiltering && list.filter == "zoe")
        _ = list.handle(.escape, height: 5)
        #expect(list.filter.isEmpty && list.visible.count == 32)
        var buffer = ScreenBuffer(size: Size(width: 20, height: 4))
        list.select(item: 31, height: 4)
        ListView.draw(list, in: buffer.bounds, on: &buffer) { index in index == 31 ? "Çelik" : "Person \(index + 1)" }
        #expect(buffer.line(3).hasPrefix("Çelik"))
        #expect(buffer[0, 3].role == .selected)
    }

    @Test func choiceFieldsStepAndJumpByTyping() {
        var choice = ChoiceField(["thanks", "compliment", "gift", "bonus", "award"])
        _ = choice.handle(.right)
        #expect(choice.value == "compliment")
        _ = choice.handle(.left)
        _ = choice.handle(.left)
        #expect(choice.value == "award")
        _ = choice.handle(.character("g"))
        #expect(choice.value == "gift")
        _ = choice.handle(.character("B"))
        #expect(choice.value == "bonus")
    }

    @Test func barsAndSparklines() {
        #expect(BarView.text(10, of: 10, width: 4, glyphs: .unicodeSet) == "████")
        #expect(BarView.text(5, of: 10, width: 3, glyphs: .unicodeSet) == "█▌")
        #expect(BarView.text(1, of: 1000, width: 10, glyphs: .unicodeSet) == "▏")
        #expect(BarView.text(0, of: 10, width: 4, glyphs: .unicodeSet) == "")
        #expect(BarView.text(5, of: 10, width: 4, glyphs: .ascii) == "##")
        #expect(Sparkline.text([0, 1, 4, 8], glyphs: .unicodeSet) == " ▁▄█")
        #expect(Sparkline.text([0, 1, 4, 8], glyphs: .ascii) == " _-#")
    }

    @Test func theFooterAndTheHelpComeFromOneBindingTable() {
        let table = KitGallery.bindings
        var footer = ScreenBuffer(size: Size(width: 100, height: 1))
        table.drawFooter(in: footer.bounds, on: &footer)
        for binding in table.bindings where binding.inFooter {
            #expect(footer.line(0).contains(binding.keyLabel + " " + binding.label))
        }
        #expect(!footer.line(0).contains("redraw"))
        var help = ScreenBuffer(size: Size(width: 80, height: 40))
        HelpOverlay(title: "Kit gallery", keyMap: KitGallery().keyMap).draw(in: help.bounds, on: &help)
        for binding in table.bindings {
            #expect(help.text.contains(binding.help), "help lacks \(binding.help)")
        }
        for binding in ListState.bindings.bindings {
            #expect(help.text.contains(binding.help), "help lacks the list's \(binding.help)")
        }
        #expect(table.action(for: .control("c")) == .quit)
        #expect(table.action(for: .character("q")) == .quit)
        #expect(table.action(for: .character("z")) == nil)
        var narrow = ScreenBuffer(size: Size(width: 20, height: 1))
        table.drawFooter(in: narrow.bounds, on: &narrow)
        #expect(narrow.line(0) == "Tab next  ? help")
    }

    @Test func formsMoveBetweenFieldsAndShowErrors() {
        var form = Form(title: "Log a contribution", fields: [
            FormField("Employee", .picker(Picker(["Anna", "Bert"]))),
            FormField("Category", .choice(ChoiceField(["smile", "idea"]))),
            FormField("Note", .text(TextField())),
        ])
        _ = form.handle(.tab)
        #expect(form.focus == 1)
        _ = form.handle(.right)
        #expect(form.fields[1].value == "idea")
        _ = form.handle(.backTab)
        #expect(form.focus == 0)
        _ = form.handle(.control("n"))
        #expect(form.focus == 0 && form.fields[0].value == "Bert")
        // ↓ moves to the next field from a picker too.
        _ = form.handle(.down)
        #expect(form.focus == 1)
        _ = form.handle(.up)
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        for character in "Hi" { _ = form.handle(.character(character)) }
        #expect(form.fields[2].value == "Hi" && form.isDirty && form.isOnLastField)
        let enter = form.handle(.enter)
        let save = form.handle(.control("s"))
        let cancel = form.handle(.escape)
        #expect(!enter && !save && !cancel)
        form.fields[2].error = "note is too long"
        var buffer = ScreenBuffer(size: Size(width: 60, height: 16))
        form.draw(in: buffer.bounds, on: &buffer, hint: "Ctrl-S save  Esc cancel")
        #expect(buffer.text.contains("! note is too long"))
        #expect(buffer.text.contains("Log a contribution"))
    }

    @Test func movingTheCursorDoesNotMarkAFormChanged() {
        var form = Form(title: "Edit", fields: [
            FormField("Name", .text(TextField("Anna"))),
            FormField("Team", .choice(ChoiceField(["Verhuur", "Onderhoud"]))),
            FormField("Who", .picker(Picker(["Anna", "Bert"]))),
        ])
        for key in [Key.left, .home, .end, .control("a"), .tab, .backTab, .down, .down, .up] { _ = form.handle(key) }
        _ = form.handle(.backspace)
        #expect(!form.isDirty && form.focus == 1)
        _ = form.handle(.right)
        #expect(form.isDirty)
    }

    @Test func aTallFormScrollsToKeepTheFocusedFieldInView() {
        var form = Form(title: "Tall", fields: (1...12).map { FormField("Field \($0)", .text(TextField("value \($0)"))) })
        var buffer = ScreenBuffer(size: Size(width: 50, height: 10))
        form.draw(in: buffer.bounds, on: &buffer, hint: "Ctrl-S save")
        #expect(buffer.text.contains("Field 1 ") && !buffer.text.contains("Field 12"))
        for _ in 0..<11 { _ = form.handle(.down) }
        buffer = ScreenBuffer(size: Size(width: 50, height: 10))
        form.draw(in: buffer.bounds, on: &buffer, hint: "Ctrl-S save")
        #expect(buffer.text.contains("Field 12") && buffer.text.contains("value 12") && !buffer.text.contains("Field 1 "))
        #expect(buffer.text.contains("Ctrl-S save"))
        form.fail("Field 12", "too long")
        buffer = ScreenBuffer(size: Size(width: 50, height: 10))
        form.draw(in: buffer.bounds, on: &buffer, hint: "Ctrl-S save")
        #expect(buffer.text.contains("! too long"))
    }

    @Test func checklistsCheckSeveral() {
        var list = Checklist([Choice(value: "c-1", label: "Een"), Choice(value: "c-2", label: "Twee"), Choice(value: "c-3", label: "Drie")])
        _ = list.handle(.character(" "))
        _ = list.handle(.control("n"))
        _ = list.handle(.control("n"))
        _ = list.handle(.character(" "))
        #expect(list.values == ["c-1", "c-3"])
        _ = list.handle(.control("p"))
        _ = list.handle(.control("p"))
        _ = list.handle(.character(" "))
        #expect(list.values == ["c-3"])
        let down = list.handle(.down)
        #expect(!down)
        list.replaceOptions([Choice(value: "c-3", label: "Drie"), Choice(value: "c-4", label: "Vier")])
        #expect(list.values == ["c-3"])
    }

    @Test func aFormWithoutFieldsCannotTrap() {
        var form = Form(title: "Nothing", fields: [])
        for key in [Key.tab, .backTab, .down, .up, .character("x"), .enter] {
            let handled = form.handle(key)
            #expect(!handled)
        }
        form.paste("text")
        form.focus(3)
        #expect(form.focus == 0 && !form.isDirty)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 8))
        form.draw(in: buffer.bounds, on: &buffer, hint: "Esc close")
        #expect(buffer.text.contains("Nothing to fill in."))
    }

    @Test func confirmDialogsAnswerYesOrNo() {
        let dialog = ConfirmDialog("Archive Anna?")
        #expect(dialog.answer(.character("y")) == true)
        #expect(dialog.answer(.escape) == false && dialog.answer(.character("n")) == false)
        #expect(dialog.answer(.enter) == nil)
    }

    @Test func paragraphsWrapAtWordsAndBreakLongWords() {
        let note = "Lekkage bij mevrouw Jansen dezelfde middag laten verhelpen; de bewoner belde later om te bedanken."
        let lines = Paragraph.lines(note, width: 30)
        #expect(lines == ["Lekkage bij mevrouw Jansen", "dezelfde middag laten", "verhelpen; de bewoner belde", "later om te bedanken."])
        #expect(Paragraph.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Paragraph.lines("李小龙李小龙", width: 5) == ["李小", "龙李", "小龙"])
        #expect(Paragraph.lines("evil\u{1B}[2J x", width: 40) == ["evil\\u{1B}[2J x"])
        let long = String(repeating: "woord ", count: 400)
        #expect(Paragraph.lines(long, width: 76).allSatisfy { DisplayWidth.of($0) <= 76 })
        #expect(Paragraph.lines(long, width: 76).joined(separator: " ").split(separator: " ").count == 400)
    }

    @Test func tabBarsShrinkWhenNarrow() {
        let tabs = TabBar(["Dashboard", "Employees", "Leaderboard", "Activity"], selected: 2)
        var wide = ScreenBuffer(size: Size(width: 80, height: 1))
        tabs.draw(at: 0, y: 0, width: 80, on: &wide)
        #expect(wide.line(0) == " 1 Dashboard  2 Employees  3 Leaderboard  4 Activity")
        #expect(wide[28, 0].role == .selected && wide[1, 0].role == .accent)
        var narrow = ScreenBuffer(size: Size(width: 30, height: 1))
        tabs.draw(at: 0, y: 0, width: 30, on: &narrow)
        #expect(narrow.line(0) == " 1 Das  2 Emp  3 Lea  4 Act")
    }

    @Test func detailPanesScrollWithinTheirLines() {
        var scroll = ScrollState()
        let lines = (1...20).map { DetailPane.Line("line \($0)") }
        #expect(scroll.handle(.pageDown, lines: 20, rows: 8) && scroll.offset == 8)
        _ = scroll.handle(.pageDown, lines: 20, rows: 8)
        #expect(scroll.offset == 12)
        _ = scroll.handle(.character("g"), lines: 20, rows: 8)
        #expect(scroll.offset == 0)
        let other = scroll.handle(.character("x"), lines: 20, rows: 8)
        #expect(!other)
        var buffer = ScreenBuffer(size: Size(width: 20, height: 8))
        _ = scroll.handle(.end, lines: 20, rows: 8)
        DetailPane.draw(lines, scroll: scroll, in: buffer.bounds, on: &buffer)
        #expect(buffer.line(0).hasPrefix("line 13") && buffer.line(7).hasPrefix("line 20"))
    }
}

@Suite struct BigTextTests {
    @Test func digitsAndLettersInThreeRowsOfHalfBlocks() throws {
        let lines = try #require(BigText.lines("2026"))
        #expect(lines == ["▀▀▄ █▀█ ▀▀▄ ▄▀▀",
                          "▄▀  █ █ ▄▀  █▀█",
                          "▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀"])
        #expect(BigText.width(of: "2026") == 15 && lines.allSatisfy { $0.count == 15 })
        // Capitals, accents left off; a character without a glyph leaves it to plain text.
        #expect(BigText.lines("Daniëlle") == BigText.lines("DANIELLE"))
        #expect(BigText.lines("Q4 ▲") == nil)
    }

    @Test func drawnOnlyWhereItFitsAndUnicodeCanBeShown() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 5))
        #expect(BigText.draw("12½", x: 0, y: 0, width: 20, on: &buffer))
        #expect(!BigText.draw("NOVEMBER", x: 0, y: 0, width: 20, on: &buffer))
        var ascii = ScreenBuffer(size: Size(width: 20, height: 5), glyphs: .ascii)
        #expect(!BigText.draw("12", x: 0, y: 0, width: 20, on: &ascii))
    }
}
