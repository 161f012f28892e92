/// What kind of contribution an employee made; fixes the points it earns.
public enum Category: String, CaseIterable, Codable, Sendable {
    case smile, beyond, idea, attention, ambassador, goal
    /// Praise from a resident (a survey's answer naming the employee, `import feedback`): last,
    /// so that the indexes of the others in kept totals stay what they were.
    case praise

    /// Points before any idea bonus.
    public var basePoints: Int {
        switch self {
        case .smile: 5
        case .beyond: 4
        // A resident's word counts as much as the attention a lead saw: it is counted once,
        // beside the smile a lead may have logged for the same visit.
        case .idea, .attention, .praise: 3
        case .ambassador, .goal: 2
        }
    }

    /// A short English title for lists and forms.
    public var title: String {
        switch self {
        case .smile: "Smile"
        case .beyond: "Beyond the job"
        case .idea: "Idea"
        case .attention: "Personal attention"
        case .ambassador: "Ambassador"
        case .goal: "Goal met"
        case .praise: "Praise from a resident"
        }
    }

    /// What the category means, for help texts.
    public var meaning: String {
        switch self {
        case .smile: "turned a resident's bad experience into a good one"
        case .beyond: "went beyond the job description"
        case .idea: "an idea or insight for the approach"
        case .attention: "personal attention that made a fan"
        case .ambassador: "carried the brand, enthused colleagues"
        case .goal: "met a goal or target"
        case .praise: "a resident named them in a survey, with a high score"
        }
    }
}
