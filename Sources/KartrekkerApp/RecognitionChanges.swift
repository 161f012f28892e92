import KartrekkerCore

/// The fields of a recognition to correct; `nil` leaves one as it is.
public struct RecognitionChanges: Sendable {
    public var date: CalendarDate?
    public var kind: RecognitionKind?
    public var message: String?
    /// What it is for, replacing what it was for.
    public var contributionIDs: [String]?
    public var visibility: Visibility?
    /// A gift's or bonus's amount; `.some(nil)` clears it.
    public var amount: Euros??

    public init(date: CalendarDate? = nil, kind: RecognitionKind? = nil, message: String? = nil,
                contributionIDs: [String]? = nil, visibility: Visibility? = nil, amount: Euros?? = nil) {
        self.date = date
        self.kind = kind
        self.message = message
        self.contributionIDs = contributionIDs
        self.visibility = visibility
        self.amount = amount
    }
}
