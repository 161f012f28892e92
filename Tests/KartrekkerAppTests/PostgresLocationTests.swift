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

    @Test func overTheNetworkTheConnectionIsEncryptedAndTheServerCheckedUnlessToldOtherwise() throws {
        let remote = try PostgresLocation("postgres://lead@db.example.org/kartrekker")
        #expect(remote.encryption == .verifyFull && remote.rootCertificates == nil)
        #expect(remote.description == "postgres://lead@db.example.org/kartrekker")
        let own = try PostgresLocation("postgres://lead@db.example.org/kartrekker?sslrootcert=/etc/ssl/org-ca.pem")
        #expect(own.encryption == .verifyFull && own.rootCertificates == "/etc/ssl/org-ca.pem")
        #expect(own.description == "postgres://lead@db.example.org/kartrekker?sslrootcert=/etc/ssl/org-ca.pem")
        #expect(try PostgresLocation("postgres://lead@db/k?sslmode=require").encryption == .require)
        let plain = try PostgresLocation("postgres://lead@db:6543/k?sslmode=disable")
        #expect(plain.encryption == .disable && plain.description == "postgres://lead@db:6543/k?sslmode=disable")
        // Modes that fall back to plain text are refused, saying why.
        for mode in ["prefer", "allow", "verify-ca", "on"] {
            let error = #expect(throws: KartrekkerError.self) { try PostgresLocation("postgres://lead@db/k?sslmode=\(mode)") }
            #expect(error?.message.contains("sslmode=\(mode)") == true)
            #expect(error?.message.contains("unencrypted") == ["prefer", "allow"].contains(mode))
        }
        // A local socket on another port keeps both in its address.
        let socket = try PostgresLocation("postgres://lead@:54329/k?host=/tmp/pg")
        #expect(socket.socketPath == "/tmp/pg/.s.PGSQL.54329" && socket.description == "postgres://lead@:54329/k?host=/tmp/pg")
        #expect(try PostgresLocation(socket.description) == socket)
        // Another database beside it, even where the socket's directory holds the first's name.
        let admin = try PostgresLocation("postgres://lead@/postgres?host=/run/postgresql")
        #expect(admin.onDatabase("kt_1").description == "postgres://lead@/kt_1?host=/run/postgresql")
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
        #expect(try location.password(environment: ["PGPASSWORD": "from-env", "HOME": "/nonexistent"]) == "from-env")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            # comment
            other.host:5432:kartrekker:lead:wrong
            db.example.org:*:kartrekker:lead:pa\\:ss
            *:*:*:*:fallback
            """.write(to: file, atomically: true, encoding: .utf8)
        // Readable by others (as written): refused, as libpq refuses it, saying what to do.
        let open = #expect(throws: KartrekkerError.self) { try location.password(environment: ["PGPASSFILE": file.path]) }
        #expect(open?.message.contains("may be read by others (mode 644)") == true, "\(String(describing: open))")
        #expect(open?.details.first == "make it yours alone: chmod 600 \(file.path)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try location.password(environment: ["PGPASSFILE": file.path]) == "pa:ss")
        let other = try PostgresLocation("postgres://hr@elsewhere/kartrekker")
        #expect(try other.password(environment: ["PGPASSFILE": file.path]) == "fallback")
        #expect(try location.password(environment: ["HOME": "/nonexistent"]) == nil)
        let directory = #expect(throws: KartrekkerError.self) { try location.password(environment: ["PGPASSFILE": "/tmp"]) }
        #expect(directory?.message.contains("is not a plain file") == true)
    }

    @Test func aParameterCountsAsLibpqCountsItOrIsRefusedByName() throws {
        // Given twice, the last counts (the first would have sent a password in plain text).
        let twice = try PostgresLocation("postgres://lead@db.example.org/k?sslmode=disable&sslmode=verify-full")
        #expect(twice.encryption == .verifyFull)
        #expect(try PostgresLocation("postgres://lead@db/k?sslmode=verify-full&sslmode=require").encryption == .require)
        #expect(try PostgresLocation("postgres://lead@/k?host=/a&host=/b").socketDirectory == "/b")
        let password = #expect(throws: KartrekkerError.self) { try PostgresLocation("postgres://lead@db/k?password=secret") }
        #expect(password?.message.contains("holds a password") == true && password?.message.contains("secret") == false)
        for name in ["user", "dbname", "options", "passfile", "application_name"] {
            let error = #expect(throws: KartrekkerError.self) { try PostgresLocation("postgres://lead@db/k?sslmode=require&\(name)=x") }
            #expect(error?.message == "--store has the parameter \(name)=, which kartrekker does not act on", "\(String(describing: error))")
        }
    }
}
