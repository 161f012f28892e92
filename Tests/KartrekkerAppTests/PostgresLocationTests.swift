import Foundation
import Testing
import KartrekkerCore
import KartrekkerPostgres

/// Where the database is: the forms of `--store`, and a password that never travels in it.
@Suite struct PostgresLocationTests {
    @Test func addressesOverTheNetworkAndALocalSocket() throws {
        let remote = try PostgresLocation("postgres://lead@db.example.org:6543/kartrekker")
        #expect(remote.user == "lead" && remote.host == "db.example.org" && remote.port == 6543 && remote.database == "kartrekker")
        #expect(remote.socketPath == nil)
        let local = try PostgresLocation("postgresql://lead@/kartrekker?host=/run/postgresql")
        #expect(local.host == nil && local.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(local.description == "postgres://lead@/kartrekker?host=/run/postgresql")
    }

    @Test func aPasswordInTheAddressOrAMissingPartIsRefusedByName() {
        let cases = [("postgres://lead:secret@db/kartrekker", "password"), ("postgres://db/kartrekker", "no user"),
                     ("postgres://lead@db/", "no database"), ("mysql://lead@db/k", "not a postgres"),
                     ("postgres://lead@/kartrekker", "no host")]
        for (text, reason) in cases {
            let error = #expect(throws: KartrekkerError.self) { try PostgresLocation(text) }
            #expect(error?.message.contains(reason) == true, "\(text): \(String(describing: error))")
            #expect(error?.message.contains("secret") != true)
        }
    }

    @Test func thePasswordComesFromTheEnvironmentOrPgpass() throws {
        let location = try PostgresLocation("postgres://lead@db.example.org/kartrekker")
        #expect(location.password(environment: ["PGPASSWORD": "from-env", "HOME": "/nonexistent"]) == "from-env")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            # comment
            other.host:5432:kartrekker:lead:wrong
            db.example.org:*:kartrekker:lead:pa\\:ss
            *:*:*:*:fallback
            """.write(to: file, atomically: true, encoding: .utf8)
        #expect(location.password(environment: ["PGPASSFILE": file.path]) == "pa:ss")
        let other = try PostgresLocation("postgres://hr@elsewhere/kartrekker")
        #expect(other.password(environment: ["PGPASSFILE": file.path]) == "fallback")
        #expect(location.password(environment: ["HOME": "/nonexistent"]) == nil)
    }
}
