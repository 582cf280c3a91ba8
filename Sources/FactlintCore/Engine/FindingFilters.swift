extension Engine {
    /// A built-in rule and a loaded rule of the same kind (the built-in `date-sanity` and a
    /// story's `dates` rule) may find the same words; the loaded rule's finding is kept.
    static func dropBuiltinDuplicates(_ diagnostics: inout [Diagnostic], _ ruleSet: RuleSet) {
        var kinds: [String: (kind: String, builtin: Bool)] = [:]
        for rule in ruleSet.rules { kinds[rule.meta.id] = (rule.meta.kind, BuiltinRules.isBuiltin(rule.meta)) }
        guard kinds.values.contains(where: \.builtin), kinds.values.contains(where: { !$0.builtin }) else { return }
        struct Key: Hashable { var path: String; var start: Int; var end: Int; var kind: String }
        var claimed = Set<Key>()
        for d in diagnostics {
            guard let rule = kinds[d.ruleID], !rule.builtin else { continue }
            claimed.insert(Key(path: d.location.path, start: d.location.byteRange.lowerBound, end: d.location.byteRange.upperBound, kind: rule.kind))
        }
        guard !claimed.isEmpty else { return }
        diagnostics.removeAll { d in
            guard let rule = kinds[d.ruleID], rule.builtin else { return false }
            return claimed.contains(Key(path: d.location.path, start: d.location.byteRange.lowerBound, end: d.location.byteRange.upperBound, kind: rule.kind))
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
