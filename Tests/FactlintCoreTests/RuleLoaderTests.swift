import FactlintCore
import Foundation
import Testing

@Suite struct RuleLoaderTests {
    func loadError(_ json5: String, id: String = "bad-rule") -> String {
        do {
            _ = try RuleLoader.load(id: id, json5: json5)
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test func malformedJSON5NamesTheFile() {
        #expect(loadError("{ kind: 'names', names: [") .hasPrefix("bad-rule.json5: invalid JSON5"))
    }

    @Test func unknownKeyNamesTheKeyPath() {
        #expect(loadError("{ kind: 'names', names: ['Abe'], nmaes: [] }") ==
                "bad-rule.json5: nmaes: unknown key 'nmaes'; did you mean 'names'?")
        #expect(loadError("{ kind: 'names', names: ['Abe'], colour: 1 }") ==
                "bad-rule.json5: colour: unknown key 'colour'; expected one of: description, dictionary, examples, fused, ignore, kind, minLength, names, nearMisses, severity, swaps")
        #expect(loadError("{ kind: 'names', names: [{ name: 'Abe', varients: [] }] }") ==
                "bad-rule.json5: names[0].varients: unknown key 'varients'; did you mean 'variants'?")
        #expect(loadError("{ kind: 'names', names: ['Abe'], examples: { trigger: [] } }") ==
                "bad-rule.json5: examples.trigger: unknown key 'trigger'; did you mean 'triggers'?")
    }

    @Test func unknownKindListsTheValidOnes() {
        let message = loadError("{ kind: 'nmes' }")
        #expect(message.hasPrefix("bad-rule.json5: kind: unknown kind 'nmes'; expected one of: "))
        #expect(message.contains("boilerplate") && message.contains("names"))
    }

    @Test func wrongTypesAndValues() {
        #expect(loadError("{ kind: 'names', names: 'Abe' }") == "bad-rule.json5: names: expected an array")
        #expect(loadError("{ kind: 'names', names: ['Abe'], severity: 'fatal' }") ==
                "bad-rule.json5: severity: 'fatal' is not a severity; expected error, warning or note")
        #expect(loadError("{ kind: 'names', names: [] }") == "bad-rule.json5: names: the list is empty; give at least one name")
        #expect(loadError("{ kind: 'names' }") == "bad-rule.json5: names: missing required key")
        #expect(loadError("{ kind: 'boilerplate', repeatedLines: { minCount: 1 } }") ==
                "bad-rule.json5: repeatedLines.minCount: must be 2 or more")
    }

    @Test func idsAreKebabCaseAndUnique() {
        #expect(loadError("{ kind: 'names', names: ['Abe'] }", id: "Bad_Rule") .contains("must be kebab-case"))
        let data = Data("{ kind: 'names', names: ['Abe'] }".utf8)
        #expect(throws: RuleFileError.self) {
            try RuleLoader.load([(path: "a/x.json5", data: data), (path: "b/x.json5", data: data)])
        }
    }

    @Test func missingDictionaryIsReportedWithItsKey() {
        #expect(loadError("{ kind: 'names', names: ['Abe'], dictionary: 'nope.txt' }").hasPrefix("bad-rule.json5: dictionary: cannot read word list"))
    }

    @Test func shippedRulesLoad() {
        #expect(shippedRuleSet.rules.count >= 2)
        #expect(shippedRuleSet.rules.map(\.meta.id).contains("name-spelling"))
    }
}

/// Every shipped rule's examples are its tests: each trigger makes the rule report, each
/// pass leaves it silent.
@Suite struct RuleExampleTests {
    static let rules = shippedRuleSet.rules.map(\.meta)

    @Test(arguments: rules.map(\.id))
    func examples(id: String) throws {
        let meta = try #require(shippedRuleSet.rule(id)?.meta)
        #expect(!meta.examples.triggers.isEmpty, "\(id) has no triggering example")
        #expect(!meta.examples.passes.isEmpty, "\(id) has no passing example")
        // Every trigger reported and no pass, as `factlint test-rules` checks a user's pack.
        let rule = try #require(shippedRuleSet.rule(id))
        for failure in RuleExampleCheck.failures(of: rule, lexicon: shippedRuleSet.lexicon) {
            Issue.record("\(id): \(failure.example) \(failure.found.isEmpty ? "is not reported" : "is reported: \(failure.found)"): \(failure.text)")
        }
    }
}
