/// The rules that decide points, as one text: every category in its order with its points, and
/// every idea status with its bonus. What is derived from points (a store's cached totals) is
/// keyed by it, so a release that changes a category's points, or the order totals are kept
/// in, never serves totals added up under the old rules.
public enum ScoringRules {
    public static let description: String = {
        let categories = Category.allCases.map { "\($0.rawValue)=\($0.basePoints)" }.joined(separator: ",")
        let statuses = IdeaStatus.allCases.map { "\($0.rawValue)+\($0.bonusPoints)" }.joined(separator: ",")
        return "categories:" + categories + ";ideas:" + statuses
    }()
}
