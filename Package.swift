// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxKit", targets: ["ParallaxKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML front matter in text and Markdown files.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The persistent index: SQLite (the system's libsqlite3) with FTS5.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ncursesw through pkg-config; the header exposes macros Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libxml2's tolerant HTML parser and its XML parser (web pages, feeds).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Generated data only (name and word lists, the display-width table),
        // compiled in, made by `make generate` from pinned inputs.
        .target(name: "ParallaxLexicon"),
        // The model: Foundation, libxml2, Yams and GRDB, no terminal code.
        .target(name: "ParallaxKit", dependencies: [
            "ParallaxLexicon", "CLibXML2", .product(name: "Yams", package: "Yams"),
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's own API, for what GRDB does not offer (reading part of a blob).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // The ncurses front end.
        .target(name: "ParallaxTUI", dependencies: ["ParallaxKit", "ParallaxLexicon", "CNcurses"]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxKit", "ParallaxTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parallax-bench", dependencies: ["ParallaxKit", "ParallaxTUI"], path: "Sources/bench"),
        .testTarget(name: "ParallaxKitTests", dependencies: [
            "ParallaxKit", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "ParallaxTUITests", dependencies: ["ParallaxTUI", "ParallaxKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["parallax"]),
    ],
    swiftLanguageModes: [.v6]
)
