// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Jianbao",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "JianbaoCore", targets: ["JianbaoCore"]),
        .executable(name: "jianbao", targets: ["jianbao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure value types and pipeline stages: no file or network I/O, no logging.
        .target(name: "JianbaoCore"),
        // Thin command-line layer: reads files, calls the pipeline, prints.
        .executableTarget(
            name: "jianbao",
            dependencies: [
                "JianbaoCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
