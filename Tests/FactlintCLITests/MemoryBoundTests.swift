import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// A finding keeps a bounded excerpt of its line, never the whole line: a scraped
/// one-line article of megabytes with thousands of findings stays small.
@Suite struct MemoryBoundTests {
    /// A 4 MB single line with 2,000 misspellings spread through it.
    func longLine() -> String {
        var state: UInt64 = 42
        let words = ["the", "ship", "sailed", "from", "port", "and", "crew", "waited", "for", "news", "of", "talks"]
        var parts: [String] = []
        for _ in 0..<2_000 {
            for _ in 0..<400 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                parts.append(words[Int(state >> 33) % words.count])
            }
            parts.append("Yokosuk")
        }
        return parts.joined(separator: " ")
    }

    @Test func memoryDoesNotGrowWithLineLengthTimesFindings() throws {
        let s = try Scratch()
        try s.write("one-line.txt", longLine())
        #if os(Linux)
        // 1.5 GB of address space; whole-line copies would need 2,000 × 4 MB = 8 GB.
        let run = try Subprocess.run(["--rules", rulesPath, s.path("one-line.txt")], shell: "ulimit -v 1500000 && eval \"$FACTLINT\"")
        #expect(run.status == ExitCode.findings, "\(run.err)")
        #expect(String(decoding: run.out, as: UTF8.self).split(separator: "\n").count == 2_000)
        #endif
        // In-process: every finding's line text is a bounded window around it.
        let result = Engine(ruleSet: shippedRuleSetForCLI, workers: 1).check(texts: [("t.txt", longLine())])
        #expect(result.diagnostics.count == 2_000)
        #expect(result.diagnostics.allSatisfy { $0.lineText.utf8.count <= 2 * SourceText.lineWindow + 8 && $0.lineText.contains("Yokosuk") })
    }

    @Test func shortLinesAreKeptWholeAndTrimmed() {
        let text = SourceText("  first line \r\nAt Yokosuk today.\n")
        #expect(text.lineText(at: 20) == "At Yokosuk today.")
        #expect(SourceText.lineText(in: text.bytes, at: 3) == "first line")
    }
}
