// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Jianbao",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "JianbaoCore", targets: ["JianbaoCore"]),
        .library(name: "JianbaoStore", targets: ["JianbaoStore"]),
        .executable(name: "jianbao", targets: ["jianbao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Pure value types and pipeline stages: no file or network I/O, no logging.
        .target(name: "JianbaoCore", dependencies: ["CJianbaoSHA256"]),
        // SHA-256 blocks with the x86 SHA instructions, where the CPU has them (JianbaoCore's Swift SHA256 elsewhere).
        .target(name: "CJianbaoSHA256"),
        // The archive: SQLite through GRDB, FTS5 with a Chinese bigram tokenizer.
        .target(
            name: "JianbaoStore",
            dependencies: [
                "JianbaoCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The reader: server-rendered HTML and a JSON API over the archive (Hummingbird 2).
        .target(
            name: "JianbaoServer",
            dependencies: ["JianbaoCore", "JianbaoStore", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        // Thin command-line layer: reads files, calls the pipeline, prints.
        .executableTarget(
            name: "jianbao",
            dependencies: [
                "JianbaoCore",
                "JianbaoStore",
                "JianbaoServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JianbaoServerTests",
            dependencies: [
                "JianbaoServer", "JianbaoStore", "JianbaoCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "JianbaoStoreTests",
            dependencies: ["JianbaoStore", "JianbaoCore"]
        ),
        .testTarget(
            name: "JianbaoCoreTests",
            dependencies: ["JianbaoCore"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
