/// A rule's examples are its tests: every trigger must be reported by that rule, and no
/// pass may be. `factlint test-rules` runs them for a user's rule pack, as the test suite
/// does for the shipped rules; a failure names the rule's file and the example.
public struct RuleExampleFailure: Sendable, Equatable {
    public var ruleID: String
    public var file: String
    /// "trigger 2" or "pass 1", counted from 1 in the order the file gives them.
    public var example: String
    public var text: String
    /// What the rule reported on a pass; empty for a trigger it missed.
    public var found: [String]
}

public enum RuleExampleCheck {
    /// The examples checked, and those that failed, rule by rule in id order.
    public static func run(_ ruleSet: RuleSet) -> (checked: Int, failures: [RuleExampleFailure]) {
        let rules = ruleSet.rules.sorted { $0.meta.id < $1.meta.id }
        let checked = rules.reduce(0) { $0 + $1.meta.examples.triggers.count + $1.meta.examples.passes.count }
        return (checked, rules.flatMap { failures(of: $0, lexicon: ruleSet.lexicon) })
    }

    /// One rule's failing examples. The rule runs alone: another rule reporting the same
    /// span must not hide its finding.
    public static func failures(of rule: any Rule, lexicon: Lexicon) -> [RuleExampleFailure] {
        let m = rule.meta
        let engine = Engine(ruleSet: RuleSet(rules: [rule], lexicon: lexicon), workers: 1)
        func findings(_ texts: [String]) -> [Diagnostic] {
            let docs = texts.enumerated().map { (path: "example\($0.offset + 1).txt", text: $0.element) }
            return engine.check(texts: docs).diagnostics.filter { $0.ruleID == m.id }
        }
        var failures: [RuleExampleFailure] = []
        for (i, example) in m.examples.triggers.enumerated() where findings(example).isEmpty {
            failures.append(RuleExampleFailure(ruleID: m.id, file: m.file, example: "trigger \(i + 1)",
                                               text: example.joined(separator: " | "), found: []))
        }
        for (i, example) in m.examples.passes.enumerated() {
            let found = findings(example)
            if !found.isEmpty {
                failures.append(RuleExampleFailure(ruleID: m.id, file: m.file, example: "pass \(i + 1)",
                                                   text: example.joined(separator: " | "), found: found.map(\.message)))
            }
        }
        return failures
    }
}
