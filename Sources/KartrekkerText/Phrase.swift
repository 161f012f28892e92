/// A sentence for a person in both languages, made where the facts are known and said where
/// the person's language is (a store's notice, a setting's reading).
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public let english: String
    public let dutch: String

    public init(_ english: String, nl dutch: String) {
        self.english = english
        self.dutch = dutch
    }

    /// The phrase in `language`.
    public func text(in language: Language) -> String {
        language == .dutch ? dutch : english
    }

    public var description: String { english }
}
