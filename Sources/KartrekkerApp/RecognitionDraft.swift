import KartrekkerCore

/// A recognition as a user gives it: for whom (an id or a name), what kind, when, the message
/// and the contributions (ids) it is for.
public struct RecognitionDraft: Sendable {
    public var employee: String
    public var kind: RecognitionKind
    public var message: String
    /// `nil`: today.
    public var date: CalendarDate?
    public var contributionIDs: [String]
    /// `nil`: as the person likes to be praised (`Employee.praise`).
    public var visibility: Visibility?
    /// What a gift or bonus was worth.
    public var amount: Euros?

    public init(employee: String, kind: RecognitionKind, message: String, date: CalendarDate? = nil,
                contributionIDs: [String] = [], visibility: Visibility? = nil, amount: Euros? = nil) {
        self.employee = employee
        self.kind = kind
        self.message = message
        self.date = date
        self.contributionIDs = contributionIDs
        self.visibility = visibility
        self.amount = amount
    }
}
