/// Claims of the built-in, rule-free checks: what each one keeps as evidence for the vote
/// between articles, shown per article (`factlint claims` with or without rules).
extension TypesRule: ClaimSource {
    /// "the survey vessel Kestrel": a type claim keyed by the name.
    public func claims(in d: Document) -> [Claim] {
        var findings = Findings<Evidence>()
        check(d, into: &findings)
        return findings.evidence.joined().map { p in
            Claim(bytes: p.location.byteRange, kind: .type, key: p.name, written: d.string(p.location.byteRange), normalized: p.phrase)
        }
    }
}

extension VariantsRule: ClaimSource {
    /// How each name is written: one claim per distinct form, at its first place, keyed so
    /// that variants ("Jan-Erik", "Jan Erik") share the key the articles are compared on.
    /// The check also compares the shorter runs inside a name ("Naval Base" in "Yokosuka
    /// Naval Base"); only whole names are listed.
    public func claims(in d: Document) -> [Claim] {
        var findings = Findings<Evidence>()
        check(d, into: &findings)
        let forms = findings.evidence.flatMap { table in table.records.filter { !$0.opensSentence }.map { (form: table.form($0), at: table.location($0).byteRange) } }
            .sorted { ($0.at.lowerBound, -$0.at.upperBound) < ($1.at.lowerBound, -$1.at.upperBound) }
        var end = 0
        return forms.compactMap { f in
            guard f.at.upperBound > end else { return nil } // inside a longer name
            end = f.at.upperBound
            return Claim(bytes: f.at, kind: .nameForm, key: VariantsRule.key(f.form), written: d.string(f.at), normalized: f.form)
        }
    }
}

extension GendersRule: ClaimSource {
    /// Each gendered pronoun outside quotations, with the person it resolves to in this
    /// article: of the people its window names, the one whose title gives its gender, else
    /// the only one. Across articles, `corpus-genders` settles the rest by vote.
    public func claims(in d: Document) -> [Claim] {
        var findings = Findings<Evidence>()
        check(d, into: &findings)
        return findings.evidence.flatMap { e in
            e.uses.map { use in
                let people = use.candidates.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let titled = people.filter { p in e.votes.contains { $0.key == p && $0.gender == use.gender } }
                let resolved = titled.count == 1 ? titled[0] : people.count == 1 ? people[0] : nil
                let normalized = (resolved ?? (people.isEmpty ? "no one named" : "one of " + people.joined(separator: ", ")))
                    + " (\(use.gender.rawValue))"
                return Claim(bytes: use.location.byteRange, kind: .pronoun, key: resolved ?? "", written: use.text, normalized: normalized)
            }
        }
    }
}
