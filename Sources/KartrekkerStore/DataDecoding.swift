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
                                                     "schemaVersion is \(huge), not a version kartrekker writes (a whole number such as \(SchemaVersion.current))",
                                                     nl: "schemaVersion is \(huge), geen versie die kartrekker schrijft (een geheel getal zoals \(SchemaVersion.current))")
            }
            let (path, message) = explain(error)
            let position = JSONLocator.position(of: path, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            if let probe = try? JSONDecoder().decode(VersionProbe.self, from: data), probe.schemaVersion > SchemaVersion.newest(forFile: file) {
                throw KartrekkerErrorFactory.damaged(
                    file, position.line, position.column,
                    "written by a newer kartrekker (schemaVersion \(probe.schemaVersion); this one knows \(SchemaVersion.newest(forFile: file))) and cannot be read: \(message.english)",
                    nl: "geschreven door een nieuwere kartrekker (schemaVersion \(probe.schemaVersion); deze kent \(SchemaVersion.newest(forFile: file))) en niet te lezen: \(message.dutch)")
            }
            throw KartrekkerErrorFactory.damaged(file, position.line, position.column, message.english, nl: message.dutch)
        } catch let error as KartrekkerError {
            throw error
        } catch {
            throw KartrekkerErrorFactory.damaged(file, 1, 1, "\(error)")
        }
    }

    private static func explain(_ error: DecodingError) -> ([any CodingKey], Phrase) {
        func place(_ path: [any CodingKey]) -> (english: String, dutch: String) {
            guard !path.isEmpty else { return ("at the top", "bovenaan") }
            let keys = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return ("at " + keys, "bij " + keys)
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = place(context.codingPath)
            return (context.codingPath, Phrase("\(at.english): the required key \"\(key.stringValue)\" is missing",
                                               nl: "\(at.dutch): de verplichte sleutel \"\(key.stringValue)\" ontbreekt"))
        case .typeMismatch(let type, let context):
            let (at, expected) = (place(context.codingPath), describe(type))
            return (context.codingPath, Phrase("\(at.english): expected \(expected.english), found another type",
                                               nl: "\(at.dutch): \(expected.dutch) verwacht, een ander type gevonden"))
        case .valueNotFound(let type, let context):
            let (at, expected) = (place(context.codingPath), describe(type))
            return (context.codingPath, Phrase("\(at.english): expected \(expected.english), found null",
                                               nl: "\(at.dutch): \(expected.dutch) verwacht, null gevonden"))
        case .dataCorrupted(let context):
            let at = place(context.codingPath)
            if let field = context.codingPath.last?.stringValue, let allowed = allowedValues[field],
               let found = context.debugDescription.components(separatedBy: "invalid String value ").last,
               context.debugDescription.contains("invalid String value") {
                return (context.codingPath, Phrase("\(at.english): unknown \(field) \"\(SafeText.escaped(found))\"; it is one of \(allowed)",
                                                   nl: "\(at.dutch): onbekende \(field) \"\(SafeText.escaped(found))\"; het is een van \(allowed)"))
            }
            return (context.codingPath, Phrase("\(at.english): \(context.debugDescription)", nl: "\(at.dutch): \(context.debugDescription)"))
        @unknown default:
            return ([], Phrase("\(error)", nl: "\(error)"))
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

    private static func describe(_ type: Any.Type) -> (english: String, dutch: String) {
        if type is String.Type { return ("a string", "een tekst") }
        if type is Int.Type || type is Double.Type { return ("a number", "een getal") }
        if type is Bool.Type { return ("true or false", "true of false") }
        let name = String(describing: type)
        if name.hasPrefix("Array") { return ("a list", "een lijst") }
        if name.hasPrefix("Dictionary") || name.contains("Keyed") { return ("an object", "een object") }
        return (name, name)
    }
}
