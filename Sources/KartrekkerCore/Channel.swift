/// How the employee met the resident.
public enum Channel: String, CaseIterable, Codable, Sendable {
    case phone, visit, counter, email, chat, social, other
}
