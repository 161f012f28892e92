import ArgumentParser
import KartrekkerCore

extension Category: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}
extension IdeaStatus: ExpressibleByArgument {}
extension RecognitionKind: ExpressibleByArgument {}
extension PeriodKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { PeriodKind.steppable.map(\.rawValue) }
}
extension CSVTable.Dialect: ExpressibleByArgument {}

/// `--private` / `--public`, for a recognition's visibility.
extension Visibility: EnumerableFlag {}
/// `--praise public|private`.
extension Visibility: ExpressibleByArgument {}

/// `--board on|off`: whether a person is shown on boards and in recaps.
enum BoardChoice: String, ExpressibleByArgument, CaseIterable {
    case on, off

    var isOn: Bool { self == .on }
}
