// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Kartrekker",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kartrekker", targets: ["kartrekker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .target(name: "KartrekkerCore"),
        .target(name: "KartrekkerStore", dependencies: ["KartrekkerCore"]),
        // Data in and out: the demo organisation, CSV import, export files. Pure: no I/O.
        .target(
            name: "KartrekkerExchange",
            dependencies: ["KartrekkerCore", .product(name: "CSV", package: "CSV.swift")]
        ),
        .executableTarget(
            name: "kartrekker",
            dependencies: [
                "KartrekkerCore",
                "KartrekkerStore",
                "KartrekkerExchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "KartrekkerCoreTests", dependencies: ["KartrekkerCore"]),
        .testTarget(name: "KartrekkerStoreTests", dependencies: ["KartrekkerStore", "KartrekkerCore"]),
        .testTarget(name: "KartrekkerExchangeTests", dependencies: ["KartrekkerExchange", "KartrekkerCore"]),
        // Runs the built binary; depends on it so that `swift test` builds it first.
        .testTarget(name: "KartrekkerCLITests", dependencies: ["kartrekker"]),
    ],
    swiftLanguageModes: [.v6]
)
