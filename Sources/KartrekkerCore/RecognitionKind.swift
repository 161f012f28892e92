/// What a team lead gave back.
public enum RecognitionKind: String, CaseIterable, Codable, Sendable {
    case thanks, compliment, gift, bonus, award

    public var title: String {
        switch self {
        case .thanks: "Thank-you"
        case .compliment: "Compliment"
        case .gift: "Gift"
        case .bonus: "Bonus"
        case .award: "Kartrekker award"
        }
    }
}
