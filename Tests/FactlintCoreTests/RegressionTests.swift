import FactlintCore
import Foundation
import Testing

/// Inputs the fuzzers found crashing factlint, named after what they found. Each must now
/// give a clean result or a clear error.
@Suite struct RegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test(arguments: files)
    func replay(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        if name.hasPrefix("rules-") {
            #expect(throws: RuleFileError.self) { try RuleLoader.load([(path: "fuzz.json5", data: data)]) }
        } else {
            try replayFixes(documents(splitting: [UInt8](data)))
        }
    }

    /// As fuzz/targets/document.swift: a record separator splits the articles, named by format.
    private func documents(splitting bytes: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false).enumerated()
            .map { (path: "doc\($0.offset).\(["txt", "md", "html"][$0.offset % 3])", bytes: Array($0.element)) }
    }

    /// Checks, applies the safe fixes, checks again: nothing more may be safe to fix.
    private func replayFixes(_ documents: [(path: String, bytes: [UInt8])]) throws {
        let first = Engine(ruleSet: shippedRuleSet, workers: 1).check(bytes: documents).diagnostics
        let fixed = documents.map { document in
            (path: document.path, bytes: FixPlan(bytes: document.bytes, fixes: first.filter { $0.location.path == document.path }.compactMap(\.fix)).result)
        }
        let again = Engine(ruleSet: shippedRuleSet, workers: 1).check(bytes: fixed).diagnostics
        let unsettled = again.filter { $0.fix?.isSafe == true && $0.ruleID != BuiltinRule.encoding }
        #expect(unsettled.isEmpty, "a second --fix would change: \(unsettled.map(\.message))")
    }

    @Test func theInvalidUTF8RuleFileSaysWhere() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("rules-invalid-utf8-in-json5-string.json5.bin"))
        do {
            _ = try RuleLoader.load([(path: "rules/x.json5", data: data)])
            Issue.record("loaded")
        } catch {
            #expect("\(error)".hasPrefix("rules/x.json5: not UTF-8 text (invalid byte 0x"))
        }
    }
}
