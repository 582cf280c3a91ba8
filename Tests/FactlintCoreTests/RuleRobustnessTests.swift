import FactlintCore
import Foundation
import Testing

@Suite struct RuleRobustnessTests {
    func load(_ files: [(String, String)]) -> Result<RuleSet, RuleFileError> {
        do { return .success(try RuleLoader.load(files.map { (path: $0.0, data: Data($0.1.utf8)) })) } catch let e as RuleFileError {
            return .failure(e)
        } catch { return .failure(RuleFileError(file: "", keyPath: "", message: "\(error)")) }
    }

    @Test func aNameOfOneLetter() throws {
        let rules = try rule("{ kind: 'names', names: ['X', 'Yokosuka'] }")
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", "X marks the spot. Y and Z too. At Yokosuk.")])
        #expect(result.diagnostics.map(\.message) == ["'Yokosuk' looks like a misspelling of 'Yokosuka'"])
    }

    @Test func thousandsOfNames() throws {
        let names = (0..<5000).map { "\"Placename\(String($0, radix: 26).map { Character(UnicodeScalar(UInt8(($0.asciiValue! % 26) + 97))) }.map(String.init).joined())\"" }
        let rules = try rule("{ kind: 'names', names: [\(names.joined(separator: ", ")), 'Yokosuka'] }")
        let text = String(repeating: "Officials met at Yokosuka and Placenameab. ", count: 200) + "Then Yokosuk."
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", text)])
        #expect(result.diagnostics.map(\.message) == ["'Yokosuk' looks like a misspelling of 'Yokosuka'"])
    }

    @Test func twoRulesThatContradictEachOther() {
        switch load([("rules/a.json5", "{ kind: 'names', names: ['Yokosuka'], swaps: { 'Gulf star': 'golf star' } }"),
                     ("rules/b.json5", "{ kind: 'names', names: ['Gulf star'] }")]) {
        case .success: Issue.record("contradiction loaded")
        case .failure(let e): #expect(e.description == "rules/a.json5: swaps.Gulf star: 'Gulf star' is swapped for 'golf star', but rules/b.json5 (names[0]) lists 'Gulf star' as a correct name")
        }
        switch load([("rules/a.json5", "{ kind: 'names', names: ['Abe'], swaps: { 'colour': 'color' } }"),
                     ("rules/b.json5", "{ kind: 'names', names: ['Abe'], swaps: { 'color': 'colour' } }")]) {
        case .success: Issue.record("swap cycle loaded")
        case .failure(let e): #expect(e.description.contains("is undone by"))
        }
        let fact = { (v: String) in "{ kind: 'figures', facts: [{ name: 'The pledge', anchors: ['pledge'], value: '\(v)' }] }" }
        switch load([("rules/a.json5", fact("$550 billion")), ("rules/b.json5", fact("$500 billion"))]) {
        case .success: Issue.record("two values loaded")
        case .failure(let e): #expect(e.description == "rules/b.json5: facts[0].value: 'The pledge' is $500 billion here but $550 billion in rules/a.json5 (facts[0].value)")
        }
        if case .failure(let e) = load([("rules/a.json5", fact("$550 billion")), ("rules/b.json5", fact("$550 billion"))]) {
            Issue.record("the same fact twice is no contradiction: \(e)")
        }
    }

    @Test func pathologicalPatternsAreRejectedOrLinear() throws {
        // A phrase longer than the matcher's bound is a rule error, so matching stays linear.
        let long = Array(repeating: "a", count: PhraseMatcher.maxTokens + 1).joined(separator: " ")
        #expect(throws: RuleFileError.self) { try rule("{ kind: 'boilerplate', phrases: ['\(long)'] }") }
        // The worst allowed phrase against the worst text: work is bounded by maxTokens per token.
        let worst = Array(repeating: "a", count: PhraseMatcher.maxTokens - 1).joined(separator: " ") + " b"
        let rules = try rule("{ kind: 'boilerplate', phrases: ['\(worst)'], lines: ['*a*a*a*a*a*a*a*a*a*a*b'] }")
        let text = String(repeating: "a ", count: 200_000)
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", text)])
        #expect(result.diagnostics.isEmpty)
        #expect(throws: RuleFileError.self) { try rule("{ kind: 'boilerplate', lines: ['\(String(repeating: "*a", count: 150))'] }") }
    }
}

/// For random articles with injected known errors, `--fix` changes only the reported spans,
/// is idempotent, and leaves articles with nothing to fix byte-identical.
@Suite struct FixPropertyTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    static let clean = ["The carrier docked at Yokosuka.", "Takaichi met Trump.", "A golf star signed the bag.",
                        "Officials spoke in Tokyo, “we will be there.”", "Japan pledged $550 billion.", "日本 and naïve café text."]
    static let broken = [("Yokosuka", "Yokosuk"), ("golf star", "Gulf star")]

    @Test func fixesTouchOnlyReportedSpansAndAreIdempotent() {
        var rng = Generator(state: 2025)
        let engine = Engine(ruleSet: shippedRuleSet, workers: 1)
        for round in 0..<200 {
            var sentences = (0..<Int.random(in: 1...8, using: &rng)).map { _ in Self.clean.randomElement(using: &rng)! }
            let inject = Bool.random(using: &rng)
            if inject, let i = sentences.indices.randomElement(using: &rng) {
                let (right, wrong) = Self.broken.randomElement(using: &rng)!
                sentences[i] = sentences[i].replacingOccurrences(of: right, with: wrong)
            }
            let separator = [" ", "\n", "\r\n", "\n\n"].randomElement(using: &rng)!
            let bytes = Array(sentences.joined(separator: separator).utf8)
            let result = engine.check(bytes: [("a.txt", bytes)])
            let fixes = result.diagnostics.compactMap(\.fix)
            let plan = FixPlan(bytes: bytes, fixes: fixes)
            let fixed = plan.result
            if fixes.isEmpty { #expect(fixed == bytes, "round \(round)") }
            // Outside the fixed spans, every byte is unchanged and in order.
            var expected: [UInt8] = []
            var position = 0
            for fix in plan.applied {
                expected += bytes[position..<fix.byteRange.lowerBound] + Array(fix.text.utf8)
                position = fix.byteRange.upperBound
            }
            expected += bytes[position...]
            #expect(fixed == expected, "round \(round)")
            // A second pass finds nothing left to fix.
            let again = engine.check(bytes: [("a.txt", fixed)]).diagnostics.compactMap(\.fix).filter(\.isSafe)
            #expect(again.isEmpty, "round \(round): \(again)")
        }
    }
}
