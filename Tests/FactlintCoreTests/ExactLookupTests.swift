import FactlintCore
import Foundation
import Testing

/// Lookups that must be exact: a hash may pick a bucket, never decide an answer; a word
/// list is read the same whatever its line endings and order.
@Suite struct ExactLookupTests {
    /// "Qlceclzt" and "Qdobuubp" have the same 32-bit folded hash (and length).
    @Test func wordsWithCollidingHashesDoNotShareAVerdict() throws {
        let rules = try rule("{ kind: 'names', names: ['Qlceclzto'] }")
        let d = Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", "Qlceclzt met Qdobuubp today.")]).diagnostics
        #expect(d.map(\.message) == ["'Qlceclzt' looks like a misspelling of 'Qlceclzto'"])
        #expect(d.first?.location.column == 1)
    }

    @Test func shortLinesWithCollidingHashesAreNotARepetition() {
        let text = "The talks began on Tuesday.\n\nQlceclzt\n\nThey went on.\n\nQdobuubp\n\nThey ended.\n\nQlceclzt\n"
        let d = Engine(ruleSet: shippedRuleSet, workers: 1).check(texts: [("a.txt", text)]).diagnostics
        #expect(d.filter { $0.ruleID == "page-furniture" }.isEmpty, "\(d.map(\.message))")
        // Three of the same line are.
        let three = text.replacingOccurrences(of: "Qdobuubp", with: "Qlceclzt")
        #expect(Engine(ruleSet: shippedRuleSet, workers: 1).check(texts: [("a.txt", three)]).diagnostics.contains { $0.ruleID == "page-furniture" })
    }

    func namesRule(dictionary bytes: [UInt8]) throws -> RuleSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-words-\(UUID())", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: folder.appendingPathComponent("words.txt"))
        try "{ kind: 'names', names: ['Donald Trump'], dictionary: 'words.txt' }".write(
            to: folder.appendingPathComponent("names.json5"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try RuleLoader.load(directory: folder)
    }

    @Test func crlfWordListIsReadOrRejected() throws {
        let text = [("a.txt", "A Tramp steamer docked. Donald Trump spoke.")]
        for list in ["steamer\r\ntramp\r\nzebra\r\n", "zebra\ntramp\nsteamer\n", "Steamer\nTramp\n", "  tramp \n\nsteamer", "tramp"] {
            let d = Engine(ruleSet: try namesRule(dictionary: Array(list.utf8)), workers: 1).check(texts: text).diagnostics
            #expect(d.isEmpty, "list \(list.debugDescription): \(d.map(\.message))")
        }
        // Without the word in the list the near miss is reported: the list above did the work.
        let d = Engine(ruleSet: try namesRule(dictionary: Array("steamer\r\nzebra\r\n".utf8)), workers: 1).check(texts: text).diagnostics
        #expect(d.map(\.message) == ["'Tramp' looks like a misspelling of 'Trump'"])
    }
}
