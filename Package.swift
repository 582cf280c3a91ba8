// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "factlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factlint", targets: ["factlint"]),
        .library(name: "FactlintCore", targets: ["FactlintCore"]),
    ],
    targets: [
        // Pure library: documents, rules, checks, diagnostics, formatters. No I/O but reading files.
        .target(name: "FactlintCore"),
        // Command line: options, file walking, exit codes. Testable without a process.
        .target(name: "FactlintCLI", dependencies: ["FactlintCore"]),
        .executableTarget(name: "factlint", dependencies: ["FactlintCLI"]),
        // Golden outputs and regression inputs are read from the source tree by path.
        .testTarget(name: "FactlintCoreTests", dependencies: ["FactlintCore"], exclude: ["Golden", "Regressions"]),
        .testTarget(name: "FactlintCLITests", dependencies: ["FactlintCLI", "FactlintCore"]),
    ]
)
