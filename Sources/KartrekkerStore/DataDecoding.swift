import Foundation
import KartrekkerCore

/// Turning the bytes of a data file into its records, and every failure into an error that
/// names the file, line and column and says in words what is wrong.
enum DataDecoding {
    /// Decodes a data file of any version, turning every failure into an error naming file,
    /// line and column.
    static func decode<T: VersionedFile>(_ type: T.Type, from data: Data, file: String) throws -> T {
        if let fast = T.fastDecode(data) { return fast }
        do {
            if data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "[") {
                return T.fromVersion0(try JSONDecoder().decode([T.Item].self, from: data), path: file)
            }
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            if let syntax = JSONLocator.syntaxError(in: data) {
                throw KartrekkerErrorFactory.damaged(file, syntax.position.line, syntax.position.column, syntax.message, nl: syntax.dutch)
            }
            if let huge = unusableSchemaVersion(in: data) {
                let position = JSONLocator.position(of: [StoreKey("schemaVersion")], in: data) ?? JSONLocator.Position(line: 1, column: 1)
                throw KartrekkerErrorFactory.damaged(file, position.line, position.column,
                                                     "schemaVersion is \(huge), not a version kartrekker writes (a whole number such as \(SchemaVersion.current))")
            }
            let (path, message) = explain(error)
            let position = JSONLocator.position(of: path, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            if let probe = try? JSONDecoder().decode(VersionProbe.self, from: data), probe.schemaVersion > SchemaVersion.current {
                throw KartrekkerErrorFactory.damaged(
                    file, position.line, position.column,
                    "written by a newer kartrekker (schemaVersion \(probe.schemaVersion); this one knows \(SchemaVersion.current)) and cannot be read: \(message)")
            }
            throw KartrekkerErrorFactory.damaged(file, position.line, position.column, message)
        } catch let error as KartrekkerError {
            throw error
        } catch {
            throw KartrekkerErrorFactory.damaged(file, 1, 1, "\(error)")
        }
    }

    private static func explain(_ error: DecodingError) -> ([any CodingKey], String) {
        func place(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "at the top" }
            return "at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath, "\(place(context.codingPath)): the required key \"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "\(place(context.codingPath)): expected \(describe(type)), found another type")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "\(place(context.codingPath)): expected \(describe(type)), found null")
        case .dataCorrupted(let context):
            if let field = context.codingPath.last?.stringValue, let allowed = allowedValues[field],
               let found = context.debugDescription.components(separatedBy: "invalid String value ").last,
               context.debugDescription.contains("invalid String value") {
                return (context.codingPath, "\(place(context.codingPath)): unknown \(field) \"\(SafeText.escaped(found))\"; it is one of \(allowed)")
            }
            return (context.codingPath, "\(place(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            return ([], "\(error)")
        }
    }

    /// The `schemaVersion` of a file whose version is no whole number that fits (too large, a
    /// fraction), as written; `nil` when it is fine or absent.
    static func unusableSchemaVersion(in data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = object["schemaVersion"] as? NSNumber else { return nil }
        let double = version.doubleValue
        if double.rounded() == double && abs(double) < 1e15 { return nil }
        return version.stringValue
    }

    /// The words a field of a data file may hold, for the message when it holds another.
    static let allowedValues: [String: String] = [
        "category": Category.allCases.map(\.rawValue).joined(separator: ", "),
        "channel": Channel.allCases.map(\.rawValue).joined(separator: ", "),
        "ideaStatus": IdeaStatus.allCases.map(\.rawValue).joined(separator: ", "),
        "kind": RecognitionKind.allCases.map(\.rawValue).joined(separator: ", "),
        "visibility": Visibility.allCases.map(\.rawValue).joined(separator: ", "),
    ]

    private static func describe(_ type: Any.Type) -> String {
        if type is String.Type { return "a string" }
        if type is Int.Type || type is Double.Type { return "a number" }
        if type is Bool.Type { return "true or false" }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") || name.contains("Keyed") { return "an object" }
        return name
    }
}
