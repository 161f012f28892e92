import KartrekkerCore
import Testing

/// Which language a person gets: asked for, else read from the locale's name.
@Suite struct LanguageChoiceTests {
    @Test func theLocalesTextDecidesAndKartrekkerLangWins() {
        #expect(Language.preferred(environment: ["LANG": "nl_NL.UTF-8"]) == .dutch)
        #expect(Language.preferred(environment: ["LANG": "nl_BE@euro"]) == .dutch)
        #expect(Language.preferred(environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.preferred(environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language.preferred(environment: ["LANG": "de_DE.UTF-8"]) == .english)
        #expect(Language.preferred(environment: [:]) == .english)
        // LC_ALL before LC_MESSAGES before LANG, as the C library reads them; empty ones skipped.
        #expect(Language.preferred(environment: ["LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"]) == .dutch)
        #expect(Language.preferred(environment: ["LC_ALL": "", "LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]) == .english)
        #expect(Language.preferred(environment: ["LC_MESSAGES": "nl_NL", "LANG": "en_US.UTF-8"]) == .dutch)
        // KARTREKKER_LANG wins where it names a language, and is passed over where it does not.
        #expect(Language.preferred(environment: ["KARTREKKER_LANG": "en", "LANG": "nl_NL.UTF-8"]) == .english)
        #expect(Language.preferred(environment: ["KARTREKKER_LANG": "nl", "LANG": "C"]) == .dutch)
        #expect(Language.preferred(environment: ["KARTREKKER_LANG": "klingon", "LANG": "nl_NL.UTF-8"]) == .dutch)
        #expect(Language(code: "NL") == .dutch && Language(code: "nl_NL.UTF-8") == .dutch && Language(code: "fr") == nil)
    }

    @Test func anErrorSaysItselfInEitherLanguage() {
        let error = KartrekkerError("no employee matches \"x\"", nl: "geen medewerker past bij \"x\"", details: ["e-1  Anna"])
        #expect(error.text(in: .english) == "no employee matches \"x\"\n  e-1  Anna")
        #expect(error.text(in: .dutch) == "geen medewerker past bij \"x\"\n  e-1  Anna")
        #expect(error.description == error.text(in: .english))
        #expect(Phrase("saved", nl: "bewaard").text(in: .dutch) == "bewaard")
    }
}
