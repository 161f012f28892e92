/// What loading the demo organisation wrote.
public struct DemoSummary: Sendable {
    public let employees: Int
    public let contributions: Int
    public let recognitions: Int
}
