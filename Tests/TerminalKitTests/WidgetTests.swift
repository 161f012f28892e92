import Testing
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
        field.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(buffer.line(0) == "Wit opgelost" || buffer.line(0).hasSuffix("opgelost"))
        #expect(buffer[11, 0].role == .selected)
        _ = field.handle(.home)
        field.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(buffer.line(0) == "Lekkage bij")
        #expect(buffer[0, 0].role == .selected)
        var wide = TextField("李小龙李小龙李小龙")
        wide.draw(at: 0, y: 0, width: 12, focused: true, on: &buffer)
        #expect(!buffer.cells.contains { $0.text == "…" })
        #expect(buffer[0, 0].isContinuation == false)
    }

    @Test func pickerFiltersAccentInsensitively() {
        var picker = Picker(["Anna de Vries", "Çelik Yılmaz", "Noë van 't Hof", "Sevda Çelik", "Yara Noor"])
        for character in "celik" { _ = picker.handle(.character(character)) }
        #expect(picker.matches.map { picker.items[$0] } == ["Çelik Yılmaz", "Sevda Çelik"])
        _ = picker.handle(.down)
        #expect(picker.selected.map { picker.items[$0] } == "Sevda Çelik")
        _ = picker.handle(.control("u"))
        for character in "NOE" { _ = picker.handle(.character(character)) }
        #expect(picker.matches.map { picker.items[$0] } == ["Noë van 't Hof"])
        for character in "zzz" { _ = picker.handle(.character(character)) }
        #expect(picker.selected == nil)
        var buffer = ScreenBuffer(size: Size(width: 20, height: 3))
        picker.draw(in: buffer.bounds, focused: true, on: &buffer)
        #expect(buffer.line(1) == " No match")
    }

    @Test func listsMoveScrollAndFilter() {
        var list = ListState(keys: (1...30).map { "Person \($0)" } + ["Zoë", "Çelik"])
        let moved = list.handle(.down, height: 5)
        #expect(moved && list.selectedItem == 1)
        _ = list.handle(.pageDown, height: 5)
        #expect(list.selectedItem == 5 && list.offset == 1)
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
        list.select(item: 31)
        ListView.draw(&list, in: buffer.bounds, on: &buffer) { index in index == 31 ? "Çelik" : "Person \(index + 1)" }
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
        let table = KitGallery().bindings
        var footer = ScreenBuffer(size: Size(width: 100, height: 1))
        table.drawFooter(in: footer.bounds, on: &footer)
        for binding in table.bindings where binding.inFooter {
            #expect(footer.line(0).contains(binding.keyLabel + " " + binding.label))
        }
        #expect(!footer.line(0).contains("redraw"))
        var help = ScreenBuffer(size: Size(width: 80, height: 24))
        table.drawHelp(in: help.bounds, on: &help)
        for binding in table.bindings {
            #expect(help.text.contains(binding.help), "help lacks \(binding.help)")
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
        _ = form.handle(.down)
        #expect(form.focus == 0 && form.fields[0].value == "Bert")
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

    @Test func confirmDialogsAnswerYesOrNo() {
        let dialog = ConfirmDialog("Archive Anna?")
        #expect(dialog.answer(.character("y")) == true)
        #expect(dialog.answer(.escape) == false && dialog.answer(.character("n")) == false)
        #expect(dialog.answer(.enter) == nil)
    }

    @Test func toastsFade() {
        var gallery = KitGallery()
        _ = gallery.handle(.character("x"))
        _ = gallery.handle(.character("y"))
        #expect(gallery.toast?.message == "You said yes")
        for _ in 0..<30 { gallery.tick() }
        #expect(gallery.toast == nil)
    }
}
