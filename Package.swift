// swift-tools-version:6.2
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
        .library(name: "DiligencePostgres", targets: ["DiligencePostgres"]),
        .library(name: "DiligenceImport", targets: ["DiligenceImport"]),
        .library(name: "DiligenceApp", targets: ["DiligenceApp"]),
        .library(name: "DiligenceWebForms", targets: ["DiligenceWebForms"]),
        .executable(name: "diligence", targets: ["diligence"]),
        .executable(name: "diligence-bench", targets: ["diligence-bench"]),
        .executable(name: "diligence-fuzz", targets: ["diligence-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "DiligenceImport",
            dependencies: [
                "DiligenceCore",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
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
        .target(
            name: "DiligencePostgres",
            dependencies: [
                "DiligenceStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceApp",
            dependencies: [
                "DiligenceCore",
                "DiligenceStore",
                "DiligenceImport",
                "DiligenceMail",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceWebForms",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceServer",
            dependencies: [
                "DiligenceApp",
                "DiligenceWebForms",
                "DiligenceCore",
                "DiligenceStore",
                "DiligenceMail",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Templates"), .copy("Assets")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "diligence",
            dependencies: [
                "DiligenceApp",
                "DiligencePostgres",
                "DiligenceServer",
                "DiligenceMail",
                "DiligenceCore",
                "DiligenceStore",
                "DiligenceImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "diligence-bench",
            dependencies: [
                "DiligenceApp",
                "DiligencePostgres",
                "DiligenceCore",
                "DiligenceStore",
                "DiligenceImport",
                "DiligenceTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/diligence-bench",
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceFuzzing",
            dependencies: [
                "DiligenceCore", "DiligenceImport", "DiligenceWebForms",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "diligence-fuzz",
            dependencies: ["DiligenceFuzzing"],
            path: "Fuzz/diligence-fuzz",
            swiftSettings: strict
        ),
        .target(
            name: "DiligenceTestSupport",
            dependencies: ["DiligenceCore"],
            path: "Tests/DiligenceTestSupport"
        ),
        .target(
            name: "DiligenceDatabaseSupport",
            dependencies: [
                "DiligenceStore", "DiligencePostgres", .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/DiligenceDatabaseSupport"
        ),
        .testTarget(
            name: "DiligenceCoreTests",
            dependencies: ["DiligenceCore", "DiligenceTestSupport"]
        ),
        .testTarget(
            name: "DiligenceImportTests",
            dependencies: [
                "DiligenceCore", "DiligenceImport", "DiligenceTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "DiligenceStoreTests",
            dependencies: [
                "DiligenceCore", "DiligenceStore", "DiligencePostgres", "DiligenceTestSupport",
                "DiligenceDatabaseSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "DiligenceAppTests",
            dependencies: [
                "DiligenceApp", "DiligenceCore", "DiligenceImport", "DiligenceStore", "DiligenceTestSupport",
                "DiligenceMail", "DiligenceDatabaseSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "DiligenceServerTests",
            dependencies: [
                "DiligenceServer", "DiligenceWebForms", "DiligenceApp", "DiligenceCore", "DiligenceStore",
                "DiligenceTestSupport",
            ]
        ),
        .testTarget(
            name: "DiligenceFuzzingTests",
            dependencies: ["DiligenceFuzzing"]
        ),
        .testTarget(
            name: "DiligenceCLITests",
            dependencies: [
                "DiligenceTestSupport", "DiligenceCore", "DiligenceDatabaseSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
