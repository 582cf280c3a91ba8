extension Engine {
    /// A built-in rule and a loaded rule may find the same words (the built-in
    /// `corpus-names` and a story's `names` rule both see "Yokosuk"): the loaded rule's
    /// finding is kept, as the rule states the fact with authority. A built-in finding that
    /// points at a loaded rule's finding (a tie note whose other side the rule settled) goes too.
    static func dropBuiltinDuplicates(_ diagnostics: inout [Diagnostic], _ ruleSet: RuleSet) {
        var builtin: [String: Bool] = [:]
        for rule in ruleSet.rules { builtin[rule.meta.id] = BuiltinRules.isBuiltin(rule.meta) }
        guard builtin.values.contains(true), builtin.values.contains(false) else { return }
        struct Key: Hashable { var path: String; var start: Int; var end: Int }
        var claimed = Set<Key>()
        for d in diagnostics where builtin[d.ruleID] == false {
            claimed.insert(Key(path: d.location.path, start: d.location.byteRange.lowerBound, end: d.location.byteRange.upperBound))
        }
        guard !claimed.isEmpty else { return }
        func key(_ l: SourceLocation) -> Key { Key(path: l.path, start: l.byteRange.lowerBound, end: l.byteRange.upperBound) }
        diagnostics.removeAll { d in
            builtin[d.ruleID] == true && (claimed.contains(key(d.location)) || d.related.contains { claimed.contains(key($0.location)) })
        }
    }
}

extension Engine {
    /// Cross-document findings (from `crossDocument` on) land in files whose own inline
    /// suppressions were applied during their check: apply them here too.
    static func applySuppressions(_ diagnostics: inout [Diagnostic], from crossDocument: Int,
                                  _ outcomes: [DocumentOutcome], _ paths: [String]) {
        var byPath: [String: Suppressions] = [:]
        for (outcome, path) in zip(outcomes, paths) where !outcome.suppressions.isEmpty { byPath[path] = outcome.suppressions }
        guard !byPath.isEmpty else { return }
        var kept = Array(diagnostics[..<crossDocument])
        for d in diagnostics[crossDocument...] where byPath[d.location.path]?.suppresses(d) != true { kept.append(d) }
        diagnostics = kept
    }
}

extension Engine {
    /// A fix may only rewrite prose: one whose span holds markup the mask blanked
    /// ("Gulf **star**") or an entity it decoded is reported without the fix.
    static func dropFixesOverMarkup(_ diagnostics: inout [Diagnostic], prose: [UInt8], source: [UInt8]) {
        for i in diagnostics.indices {
            guard let range = diagnostics[i].fix?.byteRange, range.upperBound <= source.count else { continue }
            if prose[range] != source[range] { diagnostics[i].fix = nil }
        }
    }
}
