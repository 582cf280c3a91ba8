import FactlintCore
import Foundation
import Testing

/// The repository root (tests read the shipped rules and fixtures).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let shippedRules = repositoryRoot.appendingPathComponent("rules")

/// Loads the shipped rules once.
let shippedRuleSet: RuleSet = try! RuleLoader.load(directory: shippedRules)

/// Runs `rules` on texts whose findings are marked in place, swift-format style: a
/// marker such as `1️⃣` stands right before the first character of an expected
/// finding, and `expected` maps each marker to its message. Fails on a missing,
/// misplaced, reworded or extra finding.
func assertFindings(_ rules: RuleSet, _ markedTexts: [String], _ expected: [String: String],
                    ruleID: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var texts: [(path: String, text: String)] = []
    var positions: [String: (path: String, offset: Int)] = [:]
    for (n, marked) in markedTexts.enumerated() {
        let path = "doc\(n + 1).txt"
        var plain = ""
        var index = marked.startIndex
        while index < marked.endIndex {
            let c = marked[index]
            if Markers.all.contains(c) {
                positions[String(c)] = (path, plain.utf8.count)
            } else {
                plain.append(c)
            }
            index = marked.index(after: index)
        }
        texts.append((path, plain))
    }
    let result = Engine(ruleSet: rules, workers: 1).check(texts: texts)
    var actual = result.diagnostics.filter { ruleID == nil || $0.ruleID == ruleID }
    for (marker, message) in expected.sorted(by: { $0.key < $1.key }) {
        guard let place = positions[marker] else {
            Issue.record("marker \(marker) is not in the text", sourceLocation: sourceLocation)
            continue
        }
        if let i = actual.firstIndex(where: { $0.location.path == place.path && $0.location.byteRange.lowerBound == place.offset }) {
            #expect(actual[i].message == message, "finding at \(marker)", sourceLocation: sourceLocation)
            actual.remove(at: i)
        } else {
            let near = actual.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.message)" }
            Issue.record("no finding at \(marker) (\(message)); found: \(near)", sourceLocation: sourceLocation)
        }
    }
    for extra in actual {
        Issue.record("unexpected finding \(extra.location.path):\(extra.location.line):\(extra.location.column): \(extra.message)",
                     sourceLocation: sourceLocation)
    }
}

func assertFindings(_ rules: RuleSet, _ marked: String, _ expected: [String: String], ruleID: String? = nil,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    assertFindings(rules, [marked], expected, ruleID: ruleID, sourceLocation: sourceLocation)
}

enum Markers {
    static let all: Set<Character> = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
}

/// Compiles one rule from JSON5 text.
func rule(_ json5: String, id: String = "test-rule") throws -> RuleSet {
    try RuleLoader.load(id: id, json5: json5)
}

/// The figures a claim reader finds in `text`, each described by `describe`.
func readFigures(_ text: String, _ describe: (Document, Quantity) -> String) -> [String] {
    var lexicon = QuantityReaderTests.lexicon
    let reader = ClaimReader(lexicon: &lexicon)
    let d = Document(path: "t", contents: text, lexicon: lexicon)
    return reader.quantities(in: d).items.map { describe(d, $0) }
}
