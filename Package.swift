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
    ],
    targets: [
        // ncursesw through pkg-config; the header exposes macros Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The model: Foundation only, no terminal code.
        .target(name: "ParallaxKit"),
        // The ncurses front end.
        .target(name: "ParallaxTUI", dependencies: ["ParallaxKit", "CNcurses"]),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxKit", "ParallaxTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parallax-bench", dependencies: ["ParallaxKit", "ParallaxTUI"], path: "Sources/bench"),
        .testTarget(name: "ParallaxKitTests", dependencies: ["ParallaxKit"]),
        .testTarget(name: "ParallaxTUITests", dependencies: ["ParallaxTUI", "ParallaxKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["parallax"]),
    ],
    swiftLanguageModes: [.v6]
)
