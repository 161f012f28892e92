import KartrekkerCore

/// What `kartrekker check` found: one line per problem (`FILE:LINE:COLUMN: what is wrong`) and
/// the counts of what loaded.
public struct CheckReport: Sendable {
    public var problems: [Phrase] = []
    public var employees = 0
    public var contributions = 0
    public var recognitions = 0
    public var files = 0

    public init() {}

    public var isSound: Bool { problems.isEmpty }

    public var summary: String {
        "ok: \(files) file\(files == 1 ? "" : "s"), \(employees) employee\(employees == 1 ? "" : "s"), "
            + "\(contributions) contribution\(contributions == 1 ? "" : "s"), "
            + "\(recognitions) recognition\(recognitions == 1 ? "" : "s")"
    }
}
