// swift-tools-version:6.1
import PackageDescription

// Linux only, and it says so: the curses backend and its C shim are written against Linux's
// ncursesw, termios and signals, the store against Linux's file system calls (O_NOFOLLOW,
// flock, statx-era stat fields), and only Linux is built and tested. No Apple platform is
// claimed.
#if !os(Linux)
#error("kartrekker builds on Linux only (see the README's Requirements)")
#endif

let package = Package(
    name: "Kartrekker",
    products: [
        .executable(name: "kartrekker", targets: ["kartrekker"]),
        .executable(name: "kartrekker-benchmarks", targets: ["KartrekkerBenchmarks"]),
    ],
    // The PostgreSQL store pulls in SwiftNIO and BoringSSL (minutes of building): it is built
    // only with `--traits PostgreSQL`, so the data directory alone costs a newcomer nothing.
    traits: [
        .trait(name: "PostgreSQL", description: "The PostgreSQL store (--store postgres://…) and `kartrekker db`."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Text for terminals: escaping, display width, folding, truncation, bars. Under both
        // Core and TerminalKit, so the kit needs no domain target.
        .target(name: "KartrekkerText"),
        .target(name: "KartrekkerCore", dependencies: ["KartrekkerText"]),
        // The port: what a session asks of whichever store keeps the records, in the domain's
        // terms. Both stores implement it; neither knows the other.
        .target(name: "KartrekkerPort", dependencies: ["KartrekkerCore"]),
        // The data directory: files, journal, backups, the month index and its caches.
        .target(name: "KartrekkerStore", dependencies: ["KartrekkerCore", "KartrekkerPort"]),
        // The C shim: wide-character ncurses, macros as functions, signal handlers.
        .target(
            name: "CNcurses",
            cSettings: [.define("_XOPEN_SOURCE_EXTENDED", to: "1"), .define("_DEFAULT_SOURCE")],
            linkerSettings: [.linkedLibrary("ncursesw"), .linkedLibrary("tinfo")]
        ),
        // The only code that touches ncurses.
        .target(name: "CursesTerminal", dependencies: ["CNcurses", "TerminalKit", "KartrekkerText"]),
        // Cells, screen buffer, styles, keys, widgets. Pure: no ncurses.
        .target(name: "TerminalKit", dependencies: ["KartrekkerText"]),
        // Data in and out: the demo organisation, CSV import, export files. Pure: no I/O.
        .target(
            name: "KartrekkerExchange",
            dependencies: ["KartrekkerCore", .product(name: "CSV", package: "CSV.swift")]
        ),
        // The application layer: a session, use cases and queries. The one door to the store.
        .target(name: "KartrekkerApp", dependencies: ["KartrekkerCore", "KartrekkerPort", "KartrekkerStore", "KartrekkerExchange"]),
        // The organisation's database: the port on PostgreSQL (with the trait only).
        .target(
            name: "KartrekkerPostgres",
            dependencies: [
                "KartrekkerCore", "KartrekkerPort",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        // Every word the terminal UI and the documents it shares with the command line (the
        // recap, the yearly report) say, in English and Dutch; and those documents.
        .target(name: "KartrekkerWords", dependencies: ["KartrekkerApp", "KartrekkerCore", "KartrekkerExchange"]),
        // The screens: state, messages, update, view. Pure: no ncurses, no files.
        .target(name: "KartrekkerTUI", dependencies: ["KartrekkerApp", "KartrekkerCore", "KartrekkerWords", "TerminalKit"]),
        .executableTarget(
            name: "kartrekker",
            dependencies: [
                "KartrekkerCore",
                "KartrekkerApp",
                "KartrekkerPort",
                "KartrekkerTUI",
                "KartrekkerWords",
                "KartrekkerExchange",
                "TerminalKit",
                "CursesTerminal",
                "KartrekkerPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in (release builds): a process starts in
            // about half the time, which is most of what a board costs (see the README's
            // benchmark). Debug builds stay dynamic, to link fast.
            // (The flag on compiling too: it makes the module ask for the static libraries, in
            // the order they need each other.)
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Not a test: timings on the organisation-sized data set, run in a release build.
        .executableTarget(
            name: "KartrekkerBenchmarks",
            dependencies: ["KartrekkerCore", "KartrekkerPort", "KartrekkerStore", "KartrekkerExchange", "KartrekkerApp", "KartrekkerTUI", "TerminalKit",
                           "KartrekkerPostgres"]
        ),
        // What the test targets share: the PostgreSQL server they may use. Not a test itself.
        .target(name: "KartrekkerTestSupport", dependencies: ["KartrekkerPostgres"], path: "Tests/KartrekkerTestSupport"),
        .testTarget(name: "KartrekkerCoreTests", dependencies: ["KartrekkerCore"]),
        .testTarget(name: "KartrekkerStoreTests", dependencies: ["KartrekkerStore", "KartrekkerPort", "KartrekkerCore"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "KartrekkerText"], exclude: ["Goldens"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalKit"]),
        .testTarget(name: "KartrekkerTUITests", dependencies: ["KartrekkerTUI", "KartrekkerApp", "KartrekkerCore", "KartrekkerExchange", "KartrekkerPort", "TerminalKit", "KartrekkerPostgres",
                                                               "KartrekkerTestSupport"],
                    exclude: ["Goldens", "Fixture"]),
        .testTarget(name: "KartrekkerAppTests", dependencies: ["KartrekkerApp", "KartrekkerCore", "KartrekkerExchange", "KartrekkerPort", "KartrekkerStore", "KartrekkerPostgres",
                                                               "KartrekkerTestSupport"]),
        .testTarget(name: "KartrekkerExchangeTests", dependencies: ["KartrekkerExchange", "KartrekkerCore"]),
        // Runs the built binary; depends on it so that `swift test` builds it first.
        .testTarget(name: "KartrekkerCLITests", dependencies: ["kartrekker", "KartrekkerCore", "KartrekkerPort", "KartrekkerPostgres", "KartrekkerTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
