import KartrekkerCore

/// The ideas taken up that still await their recognition (`IdeaToThank`).
extension Session {
    /// The ideas dated in the nudges' ninety days up to `day` (today by default) that were taken
    /// up and that no recognition is for yet.
    public func ideasToThank(at day: CalendarDate? = nil) throws -> [IdeaToThank] {
        let window = Nudges.scoreWindow(at: day ?? today)
        // A recognition for an idea comes after it: read from the idea's window to today.
        let after = DateRange(from: window.from, to: max(window.to, today))!
        return IdeaToThank.awaiting(try store.records(Contribution.self, in: window).filter { $0.category == .idea },
                                    recognitions: try store.records(Recognition.self, in: after), employees: try store.employees())
    }
}
