/// The cross-article pass of `variants`: which spellings of one key the articles use, the
/// form to keep, and a note on every other form with the kept form's places.
extension VariantsRule {
    /// Linear in the evidence. Pass one groups the packed records by key hash and keeps the
    /// keys spelled more than one way; pass two builds Strings for those alone. Each form's
    /// occurrences are sorted once, and a finding's related notes come from the first few
    /// occurrences of the other forms, never from a scan of the whole majority.
    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        let start = diagnostics.count
        defer { VariantsRule.keepInnermost(&diagnostics, from: start) }
        var spellings: [UInt32: (first: UInt32, varies: Bool)] = [:] // key hash → first comparable hash
        // A sentence's first word counts only for a key written inside a sentence somewhere.
        var named = Set<UInt32>()
        for table in evidence { for r in table.records where !r.opensSentence { named.insert(r.key) } }
        for table in evidence {
            for r in table.records where !r.opensSentence || named.contains(r.key) {
                if let seen = spellings[r.key] {
                    if !seen.varies && seen.first != r.comparable { spellings[r.key] = (seen.first, true) }
                } else {
                    spellings[r.key] = (r.comparable, false)
                }
            }
        }
        var groups: [String: [String: [Occurrence]]] = [:] // key → comparable form → occurrences
        for table in evidence {
            for r in table.records where spellings[r.key]?.varies == true && (!r.opensSentence || named.contains(r.key)) {
                let form = table.form(r)
                groups[VariantsRule.key(form), default: [:]][VariantsRule.comparable(form), default: []]
                    .append(Occurrence(form: form, location: table.location(r)))
            }
        }
        for (key, forms) in groups where forms.count > 1 {
            var sortedForms: [String: [Occurrence]] = [:]
            var documents: [String: Int] = [:]
            for (form, items) in forms {
                sortedForms[form] = items.sorted(by: VariantsRule.ordered)
                documents[form] = Set(items.map(\.location.path)).count
            }
            let chosen = chosenForm(key, documents)
            // A tie needs support: one article against one settles nothing and says nothing.
            if chosen == nil && Set(forms.values.joined().map(\.location.path)).count < 3 { continue }
            for (form, items) in sortedForms where form != chosen {
                let otherForms = chosen.map { [$0] } ?? sortedForms.keys.filter { $0 != form }
                // The first few occurrences of the other forms, merged: enough for every note.
                var firstOthers: [Occurrence] = []
                for other in otherForms { firstOthers += sortedForms[other, default: []].prefix(ConsensusReport.maxRelated + 1) }
                firstOthers.sort(by: VariantsRule.ordered)
                guard let first = firstOthers.first else { continue }
                let count: Int
                if let chosen {
                    count = documents[chosen, default: 0]
                } else {
                    var paths = Set<String>()
                    for other in otherForms { for e in sortedForms[other, default: []] { paths.insert(e.location.path) } }
                    count = paths.count
                }
                for item in items {
                    diagnostics.append(variantNote(item, key: key, chosen: chosen, first: first, count: count, others: firstOthers))
                }
            }
        }
    }

    /// The form to keep: the preferred one, else the one most articles use (nil on a tie).
    func chosenForm(_ key: String, _ documents: [String: Int]) -> String? {
        if let p = preferred[key] { return VariantsRule.comparable(p) }
        let top = documents.values.max() ?? 0
        let leaders = documents.filter { $0.value == top }.map(\.key)
        return leaders.count == 1 ? leaders[0] : nil
    }

    func variantNote(_ item: Occurrence, key: String, chosen: String?, first: Occurrence, count: Int, others: [Occurrence]) -> Diagnostic {
        let message: String
        if let p = preferred[key], chosen != nil {
            message = "'\(item.form)' is a variant of '\(p)', the preferred form (used in \(count) article\(count == 1 ? "" : "s")); use one form"
        } else if chosen != nil {
            message = "'\(item.form)' is a variant of '\(first.form)', the form most articles use (\(count)); use one form"
        } else {
            message = "'\(item.form)' and '\(first.form)' are both used, equally often; use one form"
        }
        var related: [RelatedLocation] = []
        for other in others where related.count < ConsensusReport.maxRelated {
            let sameLine = other.location.path == item.location.path && other.location.line == item.location.line
            if !sameLine { related.append(RelatedLocation(other.location, "written '\(other.form)' here")) }
        }
        return Diagnostic(ruleID: meta.id, severity: meta.severity, message: message, location: item.location,
                          related: related, lineText: item.form) // baselines key a corpus-wide note on its form
    }

    /// Path, then position: deterministic whatever order the groups were built in.
    static func ordered(_ a: Occurrence, _ b: Occurrence) -> Bool {
        if a.location.path != b.location.path { return a.location.path < b.location.path }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        return a.location.column < b.location.column
    }
}
