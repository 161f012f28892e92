import Foundation
import Testing
import KartrekkerTestSupport
import KartrekkerCore
#if PostgreSQL
import KartrekkerPostgres
#endif

/// Connections over the network: encrypted, and the server's certificate checked, unless the
/// address says otherwise. Against the test server's TCP port on the loopback, with a
/// certificate made for localhost by `.ci/postgres`.
@Suite(.enabled(if: TestDatabase.tlsAddress != nil,
                "needs a PostgreSQL server with TLS on TCP: a build with --traits PostgreSQL and KARTREKKER_TEST_POSTGRES_TLS (.ci/postgres sets it where openssl is installed)"))
struct PostgresTLSTests {
    #if PostgreSQL
    /// Whether this connection is encrypted, as the server sees it.
    func encrypted(_ address: String) throws -> Bool {
        try PostgresStore(try PostgresLocation(address)).count("SELECT count(*)::bigint FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl") == 1
    }

    @Test func theServerIsCheckedAgainstTheCertificatesGivenAndTheLinkIsEncrypted() throws {
        let address = try #require(TestDatabase.tlsAddress)
        let certificate = try #require(TestDatabase.certificate)
        #expect(try encrypted("\(address)?sslrootcert=\(certificate)"))
        #expect(try encrypted("\(address)?sslmode=require"))
        #expect(try !encrypted("\(address)?sslmode=disable"))
    }

    @Test func aServerTheSystemDoesNotVouchForIsRefused() throws {
        let address = try #require(TestDatabase.tlsAddress)
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
