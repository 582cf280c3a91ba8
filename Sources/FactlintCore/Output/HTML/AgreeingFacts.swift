/// The facts the articles agree on, for the report's collapsed table: what each article
/// claims (the claims `factlint claims` prints, the event dates a `dates` rule leaves to a
/// vote, the people and title genders the `genders` rule reads), grouped by what the claim
/// is about. A group becomes a row when at least two articles
/// state it, every statement gives the same value, and no finding touches any of them:
/// the table shows what was checked and held, never a fact in dispute.
public enum AgreeingFacts {
    /// One statement of one article, as the report compares it.
    struct Statement {
        /// What kind of fact it is ("figure", "date", …) and what it is about.
        var kind: String
        var key: String
        /// The value the articles must share; statements agree when it is the same string.
        var value: String
        /// The row's heading when this statement is the group's first.
        var subject: String
        var passage: ReportPassage
    }

    /// Rows for the articles that could be read as text, sorted as the table sorts them.
    /// `diagnostics` are the run's findings: a statement one of them (or one of its related
    /// locations) overlaps is in dispute, and its group is left out.
    public static func rows(_ articles: [ReportArticle], ruleSet: RuleSet, diagnostics: [Diagnostic]) -> [ReportRow] {
        let printer = ClaimPrinter(ruleSet: ruleSet)
        var statements: [Statement] = []
        for article in articles {
            guard let source = article.text, case .utf8 = source.encoding else { continue }
            let prose = ArticleFormat(path: article.path).prose(of: source).text
            let d = Document(path: article.path, text: prose, source: source, lexicon: printer.lexicon)
            let events = eventDateStatements(in: d, ruleSet: ruleSet)
            // A date an event took is that event's row, not a row of its own as well.
            statements += printer.claims(in: d).compactMap { statement($0, in: d) }.filter { s in
                s.kind != "date" || !events.contains { $0.passage.byteRange.overlaps(s.passage.byteRange) }
            }
            statements += events + personStatements(in: d, ruleSet: ruleSet)
        }
        return rows(statements, disputed: disputedRanges(diagnostics))
    }

    /// Groups statements by kind and key; a row per group that at least two articles state,
    /// with one value and no disputed statement. Each cell is the article's first statement.
    static func rows(_ statements: [Statement], disputed: [String: [Range<Int>]]) -> [ReportRow] {
        var groups: [String: [Statement]] = [:]
        for s in statements { groups[s.kind + "\u{0}" + s.key, default: []].append(s) }
        var rows: [ReportRow] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            let value = group[0].value
            guard group.allSatisfy({ $0.value == value }),
                  !group.contains(where: { s in disputed[s.passage.path]?.contains { $0.overlaps(s.passage.byteRange) } == true })
            else { continue }
            var first: [String: ReportPassage] = [:]
            for s in group {
                if let seen = first[s.passage.path], seen.byteRange.lowerBound <= s.passage.byteRange.lowerBound { continue }
                first[s.passage.path] = s.passage
            }
            guard first.count >= 2 else { continue }
            let cells = first.keys.sorted().map { path in
                ReportCell(path: path, role: .agrees, majority: false, passages: [first[path]!])
            }
            rows.append(ReportRow(ruleID: "", subject: group[0].subject, topic: group[0].kind, severity: nil, cells: cells))
        }
        return rows.sorted(by: ReportRow.ordered)
    }

    /// Per file, the byte ranges findings point at: their own spans and their related ones.
    static func disputedRanges(_ diagnostics: [Diagnostic]) -> [String: [Range<Int>]] {
        var ranges: [String: [Range<Int>]] = [:]
        for d in diagnostics {
            for l in [d.location] + d.related.map(\.location) { ranges[l.path, default: []].append(l.byteRange) }
        }
        return ranges
    }

    /// A claim as a statement: figures keyed by what they measure (ranks and figures with no
    /// measured noun say nothing to compare), dates by the day or year they name (a relative
    /// time's reading is the article's, not a statement), names by the entity, types by the
    /// entity with the type as value, quotations by their words.
    static func statement(_ c: Claim, in d: Document) -> Statement? {
        let l = d.location(c.bytes)
        // On one line: a cell is one line, and a hard-wrapped passage would break its tooltip.
        let written = MagnitudeCheck.oneLine(c.written)
        let passage = ReportPassage(path: d.path, line: l.line, byteRange: c.bytes, text: written)
        switch c.kind {
        case .quantity:
            // The key's last word is the noun the figure counts, or its clause's subject: articles
            // word the rest of the clause their own way ("she leads 40 crew", "the ferry takes
            // 40 crew"). A coarser key only merges more figures, and a merged group whose
            // values differ is left out, so it can hide an agreement but never invent one.
            guard let noun = c.key.split(separator: " ").last, !c.normalized.hasSuffix(" ordinal") else { return nil }
            return Statement(kind: "figure", key: String(noun), value: c.normalized, subject: noun + ": " + written, passage: passage)
        case .time:
            guard c.key != TimeExpression.Kind.relative.rawValue, c.key != TimeExpression.Kind.span.rawValue else { return nil }
            // The day or year, without the weekday a claim adds when the text states one.
            let day = c.normalized.components(separatedBy: " (stated weekday").first ?? c.normalized
            guard !day.hasPrefix("an unresolved") else { return nil }
            return Statement(kind: "date", key: day, value: day, subject: day, passage: passage)
        case .mention:
            return Statement(kind: "name", key: c.key, value: c.normalized, subject: c.key, passage: passage)
        case .type:
            return Statement(kind: "entity type", key: c.key, value: c.normalized, subject: c.key + ": " + c.normalized, passage: passage)
        case .quotation:
            // The heading without the comma or colon a quotation carries into its attribution.
            var words = Substring(written)
            while let last = words.last, ",;:".contains(last) { words = words.dropLast() }
            return Statement(kind: "quotation", key: c.normalized, value: c.normalized, subject: String(words), passage: passage)
        case .nameForm, .pronoun:
            // A pronoun's gender is voted by the genders rule; its readings give the gender rows.
            return nil
        }
    }

    /// The dates a `dates` rule's events take in the article, from the rule's own evidence:
    /// the events it states no date for, which the articles vote on. Keyed by the event, the
    /// value is the days the written date covers.
    static func eventDateStatements(in d: Document, ruleSet: RuleSet) -> [Statement] {
        var statements: [Statement] = []
        for case let rule as DatesRule in ruleSet.rules {
            var findings = Findings<DatesRule.Evidence>()
            rule.check(d, into: &findings)
            // A rule-free vote (event -1) is keyed by its clause's words, not a named event.
            for e in findings.evidence where rule.options.events.indices.contains(e.event) {
                let name = rule.options.events[e.event].name
                let text = MagnitudeCheck.oneLine(e.text)
                statements.append(Statement(kind: "event date", key: name, value: "\(e.interval.lowerBound)...\(e.interval.upperBound)",
                                            subject: name + ": " + text,
                                            passage: ReportPassage(path: d.path, line: e.location.line, byteRange: e.location.byteRange, text: text)))
            }
        }
        return statements
    }

    /// What the `genders` rule reads of people: the genders the articles give them by title
    /// ("Ms. Solberg"), and, when no `entities` rule names them (its mentions are names
    /// already), the people themselves by full name. A pronoun that contradicts a title is a
    /// finding whose related locations are the titles, so a disputed gender never shows as
    /// agreed; a misspelt name's finding points at the right spelling's places likewise.
    static func personStatements(in d: Document, ruleSet: RuleSet) -> [Statement] {
        guard let rule = ruleSet.rules.lazy.compactMap({ $0 as? GendersRule }).first else { return [] }
        var statements: [Statement] = []
        if !ruleSet.rules.contains(where: { $0 is EntitiesRule }) {
            for person in rule.finder.find(in: d, quotations: Quotations.find(in: d)) where person.key.contains(" ") {
                let bytes = d.byteRange(tokens: person.tokens)
                let l = d.location(bytes)
                statements.append(Statement(kind: "name", key: person.key, value: person.key, subject: person.key, passage:
                    ReportPassage(path: d.path, line: l.line, byteRange: bytes, text: MagnitudeCheck.oneLine(d.string(bytes)))))
            }
        }
        return statements + GenderEvidence(d, finder: rule.finder).votes.map { vote in
            let written = MagnitudeCheck.oneLine(titled(vote.cue, vote.location.byteRange, in: d))
            let gender = vote.gender == .female ? "a woman" : "a man"
            return Statement(kind: "gender", key: vote.key, value: gender, subject: vote.key + ": " + gender,
                             passage: ReportPassage(path: d.path, line: vote.location.line, byteRange: vote.location.byteRange, text: written))
        }
    }

    /// The name with its title as written ("Ms. Halvorsen"): the cue, an optional full stop
    /// and spaces right before the name; the name alone when the text has something else.
    static func titled(_ cue: String, _ name: Range<Int>, in d: Document) -> String {
        let bytes = d.text.bytes
        var start = name.lowerBound
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") { start -= 1 }
        if start > 0, bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
        let cueStart = start - cue.utf8.count
        guard start < name.lowerBound, cueStart >= 0, bytes[cueStart..<start].elementsEqual(cue.utf8) else { return d.string(name) }
        return d.string(cueStart..<name.upperBound)
    }
}
