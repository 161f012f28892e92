import KartrekkerCore
import KartrekkerPort

/// The questions a session asks most, said short.
extension RecordStore {
    func contributions(in range: DateRange? = nil) throws -> [Contribution] { try records(Contribution.self, in: range) }
    func recognitions(in range: DateRange? = nil) throws -> [Recognition] { try records(Recognition.self, in: range) }
    func add(_ employee: Employee) throws { try add([employee]) }
    func add<Record: DatedRecord>(_ record: Record) throws { try add([record]) }
    func leaderboard(_ period: Period) throws -> Leaderboard { try leaderboard(period, filter: LeaderboardFilter(), top: nil) }
}
