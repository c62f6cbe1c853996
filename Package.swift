// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "diligence",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "DiligenceCore", targets: ["DiligenceCore"]),
        .library(name: "DiligenceStore", targets: ["DiligenceStore"]),
        .executable(name: "diligence", targets: ["diligence"]),
        .executable(name: "diligence-bench", targets: ["diligence-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(
            name: "DiligenceCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceStore",
            dependencies: [
                "DiligenceCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "diligence",
            dependencies: [
                "DiligenceCore",
                "DiligenceStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "diligence-bench",
            dependencies: [
                "DiligenceCore",
                "DiligenceStore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/diligence-bench",
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceTestSupport",
            dependencies: ["DiligenceCore"],
            path: "Tests/DiligenceTestSupport"
        ),
        .testTarget(
            name: "DiligenceCoreTests",
            dependencies: ["DiligenceCore", "DiligenceTestSupport"]
        ),
        .testTarget(
            name: "DiligenceStoreTests",
            dependencies: [
                "DiligenceCore", "DiligenceStore", "DiligenceTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "DiligenceCLITests",
            dependencies: [
                "DiligenceTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
