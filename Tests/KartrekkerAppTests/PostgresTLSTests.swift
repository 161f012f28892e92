import Foundation
import Testing
import KartrekkerCore
#if PostgreSQL
import KartrekkerPostgres
#endif

/// Connections over the network: encrypted, and the server's certificate checked, unless the
/// address says otherwise. Against the test server's TCP port on the loopback, with a
/// certificate made for localhost by `.ci/postgres`.
@Suite(.enabled(if: TLSServer.address != nil,
                "needs a PostgreSQL server with TLS on TCP: a build with --traits PostgreSQL and KARTREKKER_TEST_POSTGRES_TLS (.ci/postgres sets it where openssl is installed)"))
struct PostgresTLSTests {
    #if PostgreSQL
    /// Whether this connection is encrypted, as the server sees it.
    func encrypted(_ address: String) throws -> Bool {
        try PostgresStore(try PostgresLocation(address)).count("SELECT count(*)::bigint FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl") == 1
    }

    @Test func theServerIsCheckedAgainstTheCertificatesGivenAndTheLinkIsEncrypted() throws {
        let address = try #require(TLSServer.address)
        let certificate = try #require(TLSServer.certificate)
        #expect(try encrypted("\(address)?sslrootcert=\(certificate)"))
        #expect(try encrypted("\(address)?sslmode=require"))
        #expect(try !encrypted("\(address)?sslmode=disable"))
    }

    @Test func aServerTheSystemDoesNotVouchForIsRefused() throws {
        let address = try #require(TLSServer.address)
        // The default (verify-full) with the system's certificates: the test server's own
        // certificate is signed by nobody the system trusts.
        let error = #expect(throws: KartrekkerError.self) { _ = try encrypted(address) }
        #expect(error?.message.contains("cannot reach the database") == true, "\(String(describing: error))")
        #expect(error?.details.first?.contains("?sslrootcert=FILE") == true, "\(String(describing: error))")
        let missing = #expect(throws: KartrekkerError.self) { _ = try encrypted("\(address)?sslrootcert=/nonexistent/ca.pem") }
        #expect(missing?.message.contains("TLS") == true || missing?.message.contains("cannot reach") == true, "\(String(describing: missing))")
    }
    #endif
}

/// The TLS-enabled server the tests may use.
enum TLSServer {
    static var address: String? {
        #if PostgreSQL
        return ProcessInfo.processInfo.environment["KARTREKKER_TEST_POSTGRES_TLS"].flatMap { $0.isEmpty ? nil : $0 }
        #else
        return nil
        #endif
    }

    static var certificate: String? { ProcessInfo.processInfo.environment["KARTREKKER_TEST_POSTGRES_CERT"] }
}
