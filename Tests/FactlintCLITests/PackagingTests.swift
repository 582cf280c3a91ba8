import FactlintCLI
import Foundation
import Testing

/// The version is set once (FactlintVersion); every file that must repeat it agrees.
@Suite struct PackagingTests {
    @Test func versionIsTheSameEverywhere() throws {
        let version = FactlintVersion.current
        #expect(Run(["--version"]).out == "factlint \(version)\n")
        for (file, needle) in [("pyproject.toml", "version = \"\(version)\""), ("pyproject.toml", "factlint==\(version)"),
                               ("action.yml", "default: \"\(version)\""), ("packaging/install.sh", "FACTLINT_VERSION:-\(version)"),
                               ("CHANGELOG.md", "## \(version)")] {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains(needle), "\(file) does not say \(needle)")
        }
    }
}
