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
