/// Who a resident's words name: an employee by their whole name, or by their surname after a
/// title ("mevrouw De Vries", "dhr. Bos", "Mr Yılmaz"), folded as names are (case, accents
/// and punctuation aside). Never a first name alone, never a guess: a survey answer either
/// names people, or it does not.
public enum ResidentPraise {
    /// The titles a surname may follow, folded.
    static let titles: [[String]] = [["mevrouw"], ["mevr"], ["mw"], ["meneer"], ["mnr"], ["dhr"], ["de", "heer"], ["heer"],
                                     ["mr"], ["mrs"], ["ms"], ["miss"], ["mister"]]

    /// The people of `employees` that `text` names, in the order of `employees`.
    public static func people(namedIn text: String, among employees: [Employee]) -> [Employee] {
        let words = ResidentPraise.words(text)
        guard !words.isEmpty else { return [] }
        return employees.filter { employee in
            let name = ResidentPraise.words(employee.name)
            guard !name.isEmpty else { return false }
            if contains(words, name) { return true }
            let surname = Array(name.dropFirst())
            return !surname.isEmpty && titles.contains { contains(words, $0 + surname) }
        }
    }

    /// Folded words: runs of letters and digits (an apostrophe or hyphen joins them).
    static func words(_ text: String) -> [String] {
        Redactor.tokens(in: text).map { String($0).folded.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }

    private static func contains(_ words: [String], _ sequence: [String]) -> Bool {
        guard sequence.count <= words.count else { return false }
        return (0...(words.count - sequence.count)).contains { start in Array(words[start..<start + sequence.count]) == sequence }
    }
}
