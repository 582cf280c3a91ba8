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
            _ = Engine(ruleSet: shippedRuleSet, workers: 1).check(bytes: [("doc.txt", [UInt8](data))])
        }
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
