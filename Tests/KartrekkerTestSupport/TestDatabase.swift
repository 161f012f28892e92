import Foundation
#if PostgreSQL
import KartrekkerPostgres
#endif

/// The PostgreSQL server the tests may use, for every test target: in a build with the
/// `PostgreSQL` trait, where `KARTREKKER_TEST_POSTGRES` names one (`.ci/postgres start` makes a
/// throw-away server and prints the variables).
public enum TestDatabase {
    /// The server over its local socket, `postgres://USER@:PORT/postgres?host=DIR`.
    public static var address: String? { variable("KARTREKKER_TEST_POSTGRES") }

    /// The same server over TCP with TLS, where `.ci/postgres` could make it a certificate.
    public static var tlsAddress: String? { variable("KARTREKKER_TEST_POSTGRES_TLS") }

    /// That certificate's file.
    public static var certificate: String? { variable("KARTREKKER_TEST_POSTGRES_CERT") }

    /// Why a suite needing the server was skipped.
    public static let absent = "needs a PostgreSQL server: a build with --traits PostgreSQL and KARTREKKER_TEST_POSTGRES (.ci/run starts one)"

    private static func variable(_ name: String) -> String? {
        #if PostgreSQL
        return ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
        #else
        return nil
        #endif
    }

    #if PostgreSQL
    /// A new, empty database on the server, for one test.
    public static func fresh() throws -> PostgresLocation {
        guard let address else { throw CocoaError(.featureUnsupported) }
        let name = "kt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return try PostgresStore.createDatabase(name, beside: try PostgresLocation(address))
    }
    #endif
}
