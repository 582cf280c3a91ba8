import Foundation
import Testing

/// The shipped binary links FoundationEssentials only (no ICU: 17 MB instead of 59): full
/// Foundation may be imported only as the fallback where Essentials does not exist (macOS).
@Suite struct FoundationImportTests {
    @Test func sourcesImportFullFoundationOnlyWhereEssentialsIsMissing() throws {
        let sources = root.appendingPathComponent("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        for file in files.sorted() {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (i, line) in lines.enumerated() where line.hasPrefix("import Foundation") && line != "import FoundationEssentials" {
                let guarded = i >= 3 && lines[i - 1] == "#else" && lines[i - 2] == "import FoundationEssentials"
                    && lines[i - 3] == "#if canImport(FoundationEssentials)"
                #expect(guarded, "\(file):\(i + 1): '\(line)' outside '#if canImport(FoundationEssentials) … #else'")
            }
        }
    }
}
