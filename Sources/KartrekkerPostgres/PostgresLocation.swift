import Foundation
import KartrekkerCore

/// Where the organisation's database is: `postgres://USER@HOST[:PORT]/DB`, or a local socket
/// as `postgres://USER@/DB?host=/run/postgresql` (libpq's form). The password is never in it:
/// it comes from `PGPASSWORD` or `~/.pgpass`, and is never printed.
public struct PostgresLocation: Sendable, Equatable {
    public private(set) var user: String
    /// A host name, or `nil` with `socketDirectory` for a local socket.
    public let host: String?
    public let port: Int
    public let socketDirectory: String?
    public private(set) var database: String
    /// How a connection over the network is protected (`?sslmode=`); a local socket needs none.
    public let encryption: Encryption
    /// The certificates that vouch for the server (`?sslrootcert=FILE`), else the system's.
    public let rootCertificates: String?

    /// libpq's `sslmode`, less the modes that may fall back to plain text: personal data does
    /// not cross a network unencrypted unless `disable` says so.
    public enum Encryption: String, Sendable, CaseIterable {
        /// Plain text: for a network trusted end to end.
        case disable
        /// Encrypted, the server's certificate not checked.
        case require
        /// Encrypted, and the server's certificate checked for its name (the default).
        case verifyFull = "verify-full"
    }

    /// The parameters kartrekker acts on (`?NAME=VALUE`); any other is refused by name rather
    /// than ignored, since libpq would act on it.
    public static let parameters = ["host", "sslmode", "sslrootcert"]

    /// Refuses anything else, naming what is wrong; a password in the text is refused too.
    /// A parameter given twice counts as libpq counts it: the last one.
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw KartrekkerError("--store \"\(SafeText.escaped(text))\" is not a postgres://USER@HOST/DB address",
                                  nl: "--store \"\(SafeText.escaped(text))\" is geen adres postgres://GEBRUIKER@HOST/DB")
        }
        let items = components.queryItems ?? []
        guard components.password == nil, !items.contains(where: { $0.name == "password" }) else {
            throw KartrekkerError("--store holds a password; give it in PGPASSWORD or ~/.pgpass instead, never on the command line",
                                  nl: "--store bevat een wachtwoord; geef het in PGPASSWORD of ~/.pgpass, nooit op de opdrachtregel")
        }
        if let other = items.first(where: { !PostgresLocation.parameters.contains($0.name) }) {
            throw KartrekkerError("--store has the parameter \(SafeText.escaped(other.name))=, which kartrekker does not act on",
                                  nl: "--store heeft de parameter \(SafeText.escaped(other.name))=, waar kartrekker niets mee doet",
                                  details: ["kartrekker takes \(PostgresLocation.parameters.map { $0 + "=" }.joined(separator: ", ")); "
                                            + "the user and the database go in the address itself: postgres://USER@HOST/DB"])
        }
        func parameter(_ name: String) -> String? { items.last { $0.name == name }?.value }
        guard let user = components.user, !user.isEmpty else {
            throw KartrekkerError("--store names no user; write postgres://USER@HOST/DB",
                                  nl: "--store noemt geen gebruiker; schrijf postgres://GEBRUIKER@HOST/DB")
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw KartrekkerError("--store names no database; write postgres://USER@HOST/DB",
                                  nl: "--store noemt geen database; schrijf postgres://GEBRUIKER@HOST/DB")
        }
        let socket = parameter("host")
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 }
        guard host != nil || socket?.hasPrefix("/") == true else {
            throw KartrekkerError("--store names no host; write postgres://USER@HOST/DB, or ?host=/socket/directory for a local socket",
                                  nl: "--store noemt geen host; schrijf postgres://GEBRUIKER@HOST/DB, of ?host=/socket/map voor een lokale socket")
        }
        self.user = user
        self.host = socket?.hasPrefix("/") == true ? nil : host
        self.socketDirectory = socket?.hasPrefix("/") == true ? socket : nil
        self.port = components.port ?? 5432
        self.database = database
        let mode = parameter("sslmode")
        guard let encryption = mode.map({ Encryption(rawValue: $0) }) ?? .verifyFull else {
            let fallback = ["prefer", "allow"].contains(mode ?? "")
            throw KartrekkerError("--store has sslmode=\(SafeText.escaped(mode ?? "")), which kartrekker does not take"
                                  + (fallback ? ": it would send personal data unencrypted to a server without TLS" : ""),
                                  nl: "--store heeft sslmode=\(SafeText.escaped(mode ?? "")), wat kartrekker niet aanneemt" + (fallback ? ": het zou persoonsgegevens onversleuteld naar een server zonder TLS sturen" : ""),
                                  details: ["give sslmode=verify-full (the default: encrypted, the server's certificate checked), "
                                            + "require (encrypted, not checked) or disable (a network trusted end to end)"])
        }
        self.encryption = encryption
        rootCertificates = parameter("sslrootcert")
    }

    /// Another database on the same server, signed in to as the same role.
    public func onDatabase(_ name: String) -> PostgresLocation {
        var location = self
        location.database = name
        return location
    }

    /// The same database, signed in to as `role`.
    public func signedIn(as role: String) -> PostgresLocation {
        var location = self
        location.user = role
        return location
    }

    /// The socket file of a local server: `DIR/.s.PGSQL.PORT`.
    public var socketPath: String? {
        socketDirectory.map { $0 + "/.s.PGSQL.\(port)" }
    }

    /// The address without a password, for messages.
    public var description: String {
        var options: [String] = socketDirectory.map { ["host=\($0)"] } ?? []
        if socketDirectory == nil, encryption != .verifyFull { options.append("sslmode=\(encryption.rawValue)") }
        if socketDirectory == nil, let rootCertificates { options.append("sslrootcert=\(rootCertificates)") }
        return "postgres://\(user)@\(host ?? "")\(port != 5432 ? ":\(port)" : "")/\(database)"
            + (options.isEmpty ? "" : "?" + options.joined(separator: "&"))
    }

    /// The password: `PGPASSWORD`, else the first line of `~/.pgpass` (or `PGPASSFILE`) that
    /// matches `host:port:database:user:password` (`*` matches anything); `nil` for none.
    /// A password file that is not a plain file, or that others may read, is refused (libpq
    /// ignores it too): a password others could read is no longer the role's alone.
    public func password(environment: [String: String]) throws -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
        var status = stat()
        guard !file.isEmpty, stat(file, &status) == 0 else { return nil }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw KartrekkerError("the password file \(SafeText.escaped(file)) is not a plain file; kartrekker does not read it",
                                  nl: "het wachtwoordbestand \(SafeText.escaped(file)) is geen gewoon bestand; kartrekker leest het niet")
        }
        guard status.st_mode & 0o077 == 0 else {
            throw KartrekkerError("the password file \(SafeText.escaped(file)) may be read by others (mode \(String(status.st_mode & 0o777, radix: 8))); kartrekker does not use it",
                                  nl: "het wachtwoordbestand \(SafeText.escaped(file)) is door anderen te lezen (modus \(String(status.st_mode & 0o777, radix: 8))); kartrekker gebruikt het niet",
                                  details: ["make it yours alone: chmod 600 \(SafeText.escaped(file))"],
                                  nlDetails: ["maak het alleen van jou: chmod 600 \(SafeText.escaped(file))"])
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let wanted = [host ?? "localhost", String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = PostgresLocation.pgpassFields(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The colon-separated fields of a `.pgpass` line (`\:` and `\\` escaped).
    static func pgpassFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
