import Testing
@testable import KartrekkerText
@testable import KartrekkerCore

@Suite struct TextTests {
    @Test func foldingGivesPlainLowerCaseLatin() {
        #expect("Çelik Yılmaz".folded == "celik yilmaz")
        #expect("Straße".folded == "strasse")
        #expect("Søren Noë".folded == "soren noe")
        #expect("ŞAHİN".folded == "sahin")
        #expect("Jan".folded == "jan")
    }

    @Test func theLatinTableFoldsAsICUDoes() {
        for (value, plain) in LatinFolding.table {
            let text = String(Character(Unicode.Scalar(value)!))
            #expect(TextFolding.transliterated(text) == plain, "U+\(String(value, radix: 16))")
        }
        for name in ["Çelik Yılmaz", "Ærøskøbing Ðorđe", "Łukasz Żółć", "ŞAHİN Öztürk", "Ñuñez  Dvořák", "Ỹến Nguyễn", "Zo\u{200B}ë"] {
            #expect(name.folded == TextFolding.singleSpaced(TextFolding.transliterated(name)), "\(name)")
            #expect(LatinFolding.folded(name) != nil, "\(name) needs no transliterator")
        }
        #expect(LatinFolding.folded("Ελένη") == nil)
    }

    @Test func foldingManyAtOnceMatchesFoldingEachAlone() {
        let texts = ["Çelik Yılmaz", "Jan", "", "  Søren  Noë ", "Zo\u{200B}ë", "ŞAHİN", "两 李", "line\nbreak Ø",
                     "Ελένη", "Straße", "Mc Donald", "Åsa\u{FEFF}", "Иван"]
        let each = texts.map(\.folded)
        #expect(TextFolding.folded(texts) == each)
        #expect(each[4] == "zoe" && each[7] == "line\nbreak o" && each[3] == "soren noe")
        #expect(TextFolding.folded([]) == [])
    }

    @Test func safeTextEscapesControlAndBidiCharacters() {
        #expect(SafeText.escaped("plain Noë 李") == "plain Noë 李")
        #expect(SafeText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(SafeText.escaped("one\ntwo\tthree") == "one\\ntwo\\tthree")
        #expect(SafeText.escaped("x\u{202E}y\u{2066}z") == "x\\u{202E}y\\u{2066}z")
        #expect(SafeText.escaped("\u{85}\u{7F}") == "\\u{85}\\u{7F}")
        #expect(!SafeText.escaped("\u{9B}31m").unicodeScalars.contains(where: SafeText.isUnsafe))
    }

    @Test func displayWidthCountsTerminalColumns() {
        #expect(DisplayWidth.of("Anna") == 4)
        #expect(DisplayWidth.of("李小龙") == 6)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👩‍🔧") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Ｆｕｌｌ") == 8)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func tablesAlignWideCharactersAndEscapeData() {
        var table = TextTable([.init("NAME"), .init("SCORE", .right)])
        table.append(["李小龙", "5"])
        table.append(["Noë", "12"])
        table.append(["evil\u{1B}[2J", "1"])
        let lines = table.rendered().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.map { DisplayWidth.of($0) }.allSatisfy { $0 == DisplayWidth.of(lines[0]) })
        #expect(lines[3].contains("\\u{1B}"))
        #expect(!lines[3].unicodeScalars.contains("\u{1B}"))
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(TextTable.truncated("李小龙李小龙", to: 6) == "李小…")
        #expect(TextTable.truncated("Anna de Vries", to: 8) == "Anna de…")
        #expect(TextTable.truncated("short", to: 8) == "short")
        #expect(DisplayWidth.of(TextTable.truncated("😀😀😀", to: 4)) <= 4)
    }

    @Test func jsonOutputEscapesControlAndBidiAndKeepsKeyOrder() {
        let value = OutputValue.object([.init("b", .string("x\u{202E}\u{1B}\"\\")), .init("a", .array([.int(1), .null, .bool(true)]))])
        let text = JSONWriter.string(value)
        #expect(text == "{\n  \"b\": \"x\\u202e\\u001b\\\"\\\\\",\n  \"a\": [\n    1,\n    null,\n    true\n  ]\n}")
        #expect(JSONWriter.string(value, sortedKeys: true).hasPrefix("{\n  \"a\""))
        #expect(JSONWriter.string(.array([])) == "[]")
    }

    @Test func csvQuotesWhatNeedsIt() {
        let records: [OutputValue] = [.object([.init("name", .string("de Vries, Anna")), .init("values", .array([.string("a"), .string("b")])),
                                               .init("note", .string("say \"hi\"")), .init("n", .null)])]
        let text = CSVTable.string(keys: ["name", "values", "note", "n"], records: records, escapingForTerminal: true)
        #expect(text == "name,values,note,n\r\n\"de Vries, Anna\",a;b,\"say \"\"hi\"\"\",\r\n")
    }
}

@Suite struct RedactorTests {
    @Test func wholeWordsFoldedAndTheIdGo() {
        let redactor = Redactor(name: "Jan Bös", id: "e-abc12345")
        #expect(redactor.redact("Met Jan Bös gesproken").text == "Met [erased] gesproken")
        #expect(redactor.redact("JAN BOS, jan bös en Jan  Bös").text == "[erased], [erased] en [erased]")
        #expect(redactor.redact("Jan Bosman en Jan Bos-Jansen blijven").text == "Jan Bosman en Jan Bos-Jansen blijven")
        #expect(!redactor.redact("Jan Bosman").changed)
        #expect(redactor.redact("zie e-abc12345").text == "zie [erased]")
        #expect(redactor.redact("Jan, Bös").text == "Jan, Bös")
        let accents = Redactor(name: "Çelik Yılmaz", id: "e-1")
        #expect(accents.redact("Celik Yilmaz belde").text == "[erased] belde")
        #expect(accents.mentions("dank aan ÇELİK YILMAZ!"))
    }
}
