import Foundation
import Testing
import KartrekkerCore
#if PostgreSQL
import KartrekkerPostgres
#endif

/// A server that does not offer TLS (or pretends to be the database and does not): a listener
/// on the loopback that answers the client's request for TLS with "N", as PostgreSQL with
/// `ssl = off` answers it.
@Suite struct PostgresPlainServerTests {
    #if PostgreSQL
    /// Listens on a free loopback port, answers one connection's first 8 bytes with "N" and
    /// closes it; returns the port.
    func plainServer() throws -> UInt16 {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        try #require(bound && listen(listener, 1) == 0)
        let thread = Thread {
            let client = accept(listener, nil, nil)
            if client >= 0 {
                var request = [UInt8](repeating: 0, count: 8)
                _ = read(client, &request, 8)
                _ = write(client, "N", 1)
                close(client)
            }
            close(listener)
        }
        thread.start()
        return UInt16(bigEndian: address.sin_port)
    }

    @Test func aServerWithoutTLSIsSaidInWordsWithWhatToDo() throws {
        let port = try plainServer()
        let store = PostgresStore(try PostgresLocation("postgres://lead@127.0.0.1:\(port)/kartrekker"), environment: ["PGPASSWORD": "secret"])
        let error = #expect(throws: KartrekkerError.self) { _ = try store.count("SELECT 1") }
        #expect(error?.message == "the database server at postgres://lead@127.0.0.1:\(port)/kartrekker does not offer TLS, and kartrekker sends personal data over a network only encrypted",
                "\(String(describing: error))")
        #expect(error?.details.first?.contains("?sslmode=disable") == true)
        #expect(error?.details.last?.contains("certificate") == true)
    }
    #endif
}
