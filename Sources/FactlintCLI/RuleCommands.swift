import FactlintCore

/// `factlint rules`, `factlint test-rules` and `factlint explain RULE-ID`.
enum RuleCommands {
    static func list(_ ruleSet: RuleSet, _ console: Console) -> Int32 {
        let metas = ruleSet.rules.map(\.meta).sorted { $0.id < $1.id }
        let idWidth = metas.map(\.id.count).max() ?? 0
        let kindWidth = metas.map(\.kind.count).max() ?? 0
        for m in metas {
            let id = m.id.padded(to: idWidth)
            let kind = m.kind.padded(to: kindWidth)
            let severity = m.severity.rawValue.padded(to: 7)
            console.out("\(id)  \(kind)  \(severity)  \(m.description)\n")
        }
        return ExitCode.clean
    }

    /// Runs every loaded rule's examples; exit 1 when one fails, as a test run would.
    static func test(_ ruleSet: RuleSet, _ console: Console) -> Int32 {
        let result = RuleExampleCheck.run(ruleSet)
        for f in result.failures {
            let what = f.found.isEmpty ? "is not reported" : "is reported: " + f.found.joined(separator: "; ")
            console.out("\(f.file): \(f.ruleID): \(f.example) \(what)\n    \(f.text)\n")
        }
        console.err("\(result.checked) examples of \(ruleSet.rules.count) rules: \(result.failures.count) failed\n")
        return result.failures.isEmpty ? ExitCode.clean : ExitCode.findings
    }

    static func explain(_ id: String, _ ruleSet: RuleSet, _ console: Console) -> Int32 {
        guard let rule = ruleSet.rule(id) else {
            let known = ruleSet.rules.map(\.meta.id).sorted().joined(separator: ", ")
            console.err("factlint: no rule '\(id)'; loaded rules: \(known)\n")
            return ExitCode.failure
        }
        let m = rule.meta
        var out = "\(m.id) (\(m.kind), \(m.severity.rawValue)) — \(m.file)\n\n\(m.description)\n"
        func show(_ title: String, _ examples: [[String]]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title):\n"
            for example in examples {
                for (i, text) in example.enumerated() {
                    let label = example.count > 1 ? "  [article \(i + 1)] " : "  "
                    out += label + text.replacingScalars("\n", with: "\n    ") + "\n"
                }
            }
        }
        show("Reported", m.examples.triggers)
        show("Not reported", m.examples.passes)
        console.out(out)
        return ExitCode.clean
    }
}
