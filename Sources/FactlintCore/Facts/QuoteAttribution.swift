/// Where a quotation's attribution names its speaker, as a span of the text (titles
/// included: "Ms Lindqvist" tells her from Mr Lindqvist). Read only from grammar:
///
/// - next to the marks: `"…," said X`, `"…," X said`, `"…," X, the chief, said`,
///   `"…," X had told reporters`, `"…," according to X`, `X said: "…"`,
///   `X told reporters: "…"`, `According to X, "…"`;
/// - else the nearest `X said` / `according to X` outside quotations in the quotation's
///   own sentence or the sentence before it, in its paragraph (a sentence after it that
///   names a speaker reports other words: `"…." X said the gates would be inspected`).
///
/// A pronoun (`"…," she said`) is read as a pronoun: who it stands for is the caller's
/// question. The parts of an interrupted quotation share their attribution. nil when no
/// speaker can be read; a capitalized word read as a name that names nobody known is
/// the caller's to ignore.
struct Attribution: Sendable, Equatable {
    enum Kind: Sendable { case name, pronoun, description }
    var tokens: Range<Int>
    /// A name, a pronoun, or the lowercase words of a subject that is no name ("the
    /// mayor", empty when there are none to read): a known alias may still name someone.
    var kind: Kind

    var isPronoun: Bool { kind == .pronoun }
    var isUnnamed: Bool { kind == .description }

    static func named(_ tokens: Range<Int>, in d: Document) -> Attribution {
        Attribution(tokens: tokens, kind: QuoteSpeaker.isPronoun(d, tokens.lowerBound) ? .pronoun : .name)
    }

    /// The subject words before `end` (an auxiliary skipped), back to `floor`: up to five
    /// lowercase words on one line with no punctuation between them ("the rescue chief";
    /// a sentence's first word may be capitalized), or none.
    static func unnamed(_ d: Document, before end: Int, from floor: Int) -> Attribution {
        var end = end
        if end > floor, QuoteAttribution.auxiliaries.contains(d.string(token: end - 1).lowercased()) { end -= 1 }
        var start = end
        while start > floor, end - start < 5 {
            let w = start - 1, t = d.tokens[w]
            let opensSentence = !d.sentences.isEmpty && d.sentences[d.sentenceIndex(ofToken: w)].tokens.lowerBound == w
            guard t.kind == .word, !t.has(.capitalized) || opensSentence, !d.tokens[w + 1].has(.lineBefore) else { break }
            start = w
        }
        return Attribution(tokens: start..<end, kind: .description)
    }
}

enum QuoteAttribution {
    /// Words allowed between a name and its speech verb: `X had told`, `X later said`.
    static let auxiliaries: Set<String> = ["had", "has", "have", "later", "also", "then", "once", "again"]

    /// How far, in tokens, the nearest speaker is looked for on either side of a quotation.
    static let reach = 60
    /// The most tokens a name runs to ("Dr. Jan-Erik Lindqvist" is six): a run of
    /// capitalized words is read no further, so no scan is quadratic.
    static let longestName = 10

    /// The attribution of each quotation (parallel to `quotations`).
    static func read(_ quotations: [Quotation], in d: Document) -> [Attribution?] {
        var found = Quotations.sharedByGroup(quotations.map { direct($0, in: d) }, quotations)
        // Only with nothing next to the marks: a speech verb there whose subject is no name
        // ("the mayor added: “…”") attributes the quotation to someone unnamed or described,
        // and no one further away is looked for.
        for i in found.indices where found[i] == nil {
            found[i] = nearby(quotations[i], quotations, in: d, after: true)
        }
        return found
    }

    /// The attribution right next to the quotation's marks, on its line: a name after the
    /// marks, else one before them; `unnamed` when a speech verb is there but names no one.
    static func direct(_ q: Quotation, in d: Document) -> Attribution? {
        let after = following(q, in: d), before = preceding(q, in: d)
        if let a = after, !a.isUnnamed { return a }
        if let b = before, !b.isUnnamed { return b }
        return after ?? before
    }

    /// "…," said X / X said / X, the chief, said / according to X — in the quotation's
    /// sentence: after "…us.” Karin Lindqvist said the company …" a new sentence reports
    /// other words.
    static func following(_ q: Quotation, in d: Document) -> Attribution? {
        let n = d.tokens.count
        var k = q.tokens.upperBound + 1
        while k < n, QuoteSpeaker.isComma(d, k) { k += 1 }
        guard k < n, d.sentences.isEmpty || d.sentenceIndex(ofToken: k) == d.sentenceIndex(ofToken: q.tokens.upperBound - 1) else { return nil }
        if QuoteSpeaker.isVerb(d, k), let name = nameSpan(d, from: k + 1), QuoteSpeaker.sameLine(d, q.tokens.upperBound..<name.upperBound) {
            return Attribution(tokens: name, kind: .name)
        }
        if let name = according(d, at: k), QuoteSpeaker.sameLine(d, q.tokens.upperBound..<name.upperBound) {
            return Attribution(tokens: name, kind: .name)
        }
        // The subject of a verb a few words on: "X said", "X had told", "X, the chief, said".
        var verb = k
        while verb < min(n, k + 12), !QuoteSpeaker.isVerb(d, verb), !Segmenter.isTerminal(d.bytes, d.tokens[verb]) { verb += 1 }
        guard verb < n, QuoteSpeaker.isVerb(d, verb), QuoteSpeaker.sameLine(d, q.tokens.upperBound..<(verb + 1)) else { return nil }
        guard let name = speaker(before: verb, in: d), name.lowerBound == k else { return .unnamed(d, before: verb, from: k) }
        return .named(name, in: d)
    }

    /// X said: "…" / X told reporters: "…" / According to X, "…" — in the quotation's
    /// sentence and on its line.
    static func preceding(_ q: Quotation, in d: Document) -> Attribution? {
        var v = q.tokens.lowerBound - 2
        while v >= 0, QuoteSpeaker.isComma(d, v) || d.token(v, is: ":") { v -= 1 }
        guard v >= 0 else { return nil }
        func before(_ name: Range<Int>) -> Attribution? {
            guard QuoteSpeaker.sameLine(d, name.lowerBound..<q.tokens.lowerBound),
                  d.sentences.isEmpty || d.sentenceIndex(ofToken: name.lowerBound) == d.sentenceIndex(ofToken: q.tokens.lowerBound)
            else { return nil }
            return .named(name, in: d)
        }
        if let name = nameSpan(d, endingAt: v + 1), name.lowerBound >= 2, d.string(token: name.lowerBound - 1).lowercased() == "to",
           d.string(token: name.lowerBound - 2).lowercased() == "according" {
            return before(name)
        }
        // Up to three lowercase words after the verb: "told reporters", "told a briefing".
        var verb = v
        while verb > v - 4, verb > 0, !QuoteSpeaker.isVerb(d, verb), isLowercaseWord(d, verb) { verb -= 1 }
        guard verb >= 1, QuoteSpeaker.isVerb(d, verb) else { return nil }
        let floor = d.sentences.isEmpty ? 0 : d.sentences[d.sentenceIndex(ofToken: verb)].tokens.lowerBound
        guard let name = speaker(before: verb, in: d) else { return .unnamed(d, before: verb, from: floor) }
        return before(name) ?? .unnamed(d, before: verb, from: verb)
    }

    /// The nearest `X said` or `according to X` outside quotations in the quotation's
    /// sentence or the one before it in its paragraph (only before the quotation when
    /// `after` is false).
    static func nearby(_ q: Quotation, _ quotations: [Quotation], in d: Document, after: Bool) -> Attribution? {
        guard !d.sentences.isEmpty else { return nil }
        let first = d.sentenceIndex(ofToken: q.tokens.lowerBound), last = d.sentenceIndex(ofToken: q.tokens.upperBound - 1)
        let paragraph = d.sentences[first].paragraph
        let from = first > 0 && d.sentences[first - 1].paragraph == paragraph ? first - 1 : first
        // A window around the quotation keeps the search short in a run-on "sentence".
        let range = max(d.sentences[from].tokens.lowerBound, q.tokens.lowerBound - Self.reach)..<min(d.sentences[last].tokens.upperBound, q.tokens.upperBound + Self.reach)
        var best: (distance: Int, tokens: Range<Int>)? = nil
        for i in range where Quotations.containing(i, in: quotations) == nil && !(i >= q.tokens.lowerBound - 1 && i <= q.tokens.upperBound) {
            let name: Range<Int>?
            if QuoteSpeaker.isVerb(d, i) {
                name = speaker(before: i, in: d).flatMap { QuoteSpeaker.isPronoun(d, $0.lowerBound) ? nil : $0 }
            } else {
                name = according(d, at: i)
            }
            guard let name, after || name.upperBound <= q.tokens.lowerBound,
                  Quotations.containing(name.lowerBound, in: quotations) == nil else { continue }
            let distance = name.upperBound <= q.tokens.lowerBound ? q.tokens.lowerBound - name.upperBound : name.lowerBound - q.tokens.upperBound
            if best == nil || distance < best!.distance { best = (distance, name) }
        }
        return best.map { Attribution(tokens: $0.tokens, kind: .name) }
    }

    /// The name or pronoun that is the subject of the speech verb at `verb`: right before
    /// it, after at most one auxiliary, or before an apposition in commas (`X, the chief,
    /// said`), or the name that is the apposition (`the mayor, X, said`).
    static func speaker(before verb: Int, in d: Document) -> Range<Int>? {
        var end = verb
        if end > 0, auxiliaries.contains(d.string(token: end - 1).lowercased()) { end -= 1 }
        if end > 0, QuoteSpeaker.isPronoun(d, end - 1) { return (end - 1)..<end }
        if let name = nameSpan(d, endingAt: end) { return name }
        // "Henrik Lindqvist, the incident commander, said": a short apposition in commas.
        guard end > 0, QuoteSpeaker.isComma(d, end - 1) else { return nil }
        var k = end - 2
        while k > end - 10, k > 0, !QuoteSpeaker.isComma(d, k), !Segmenter.isTerminal(d.bytes, d.tokens[k]) { k -= 1 }
        guard k > 0, k < end - 2, QuoteSpeaker.isComma(d, k) else { return nil }
        return nameSpan(d, endingAt: k) ?? nameSpan(d, endingAt: end - 1).flatMap { $0.lowerBound == k + 1 ? $0 : nil }
    }

    /// "according to X" starting at `i`: X's span.
    static func according(_ d: Document, at i: Int) -> Range<Int>? {
        guard i + 2 < d.tokens.count, d.tokens[i].kind == .word, d.string(token: i).lowercased() == "according",
              d.string(token: i + 1).lowercased() == "to" else { return nil }
        return nameSpan(d, from: i + 2)
    }

    /// A name starting at `i`: titles ("Ms", "Dr.") and capitalized words, hyphenated parts kept.
    static func nameSpan(_ d: Document, from i: Int) -> Range<Int>? {
        let n = d.tokens.count
        var end = i
        while end < n, QuoteSpeaker.isNameWord(d, end), QuoteSpeaker.titles.contains(d.string(token: end).lowercased()) {
            end += 1
            if end < n, d.token(end, is: "."), d.tokens[end].isJoined { end += 1 }
        }
        let titled = end
        while end < n, end - i < Self.longestName, end == i || !d.tokens[end].has(.lineBefore) {
            if QuoteSpeaker.isNameWord(d, end) { end += 1; continue }
            if end > titled, end + 1 < n, d.token(end, is: "-"), d.tokens[end].isJoined, d.tokens[end + 1].kind == .word,
               d.tokens[end + 1].isJoined { end += 2; continue }
            break
        }
        // "Haddad's husband": the name is not the speaker.
        if end < n, d.tokens[end].isJoined, d.token(end, is: "’") || d.token(end, is: "'") { return nil }
        return end > titled ? i..<end : nil
    }

    /// A name ending right before `end` (titles included).
    static func nameSpan(_ d: Document, endingAt end: Int) -> Range<Int>? {
        var start = end
        while start > 0, end - start < Self.longestName, start == end || !d.tokens[start].has(.lineBefore) {
            if QuoteSpeaker.isNameWord(d, start - 1) { start -= 1; continue }
            if start < end, start >= 2, d.token(start - 1, is: "-"), d.tokens[start - 1].isJoined, d.tokens[start].isJoined,
               QuoteSpeaker.isNameWord(d, start - 2) { start -= 2; continue }
            if start < end, start >= 2, d.token(start - 1, is: "."), d.tokens[start - 1].isJoined,
               QuoteSpeaker.titles.contains(d.string(token: start - 2).lowercased()) { start -= 2; continue }
            break
        }
        // At least one word that is not a title.
        guard (start..<end).contains(where: { QuoteSpeaker.isNameWord(d, $0) && !QuoteSpeaker.titles.contains(d.string(token: $0).lowercased()) })
        else { return nil }
        return start..<end
    }

    static func isLowercaseWord(_ d: Document, _ i: Int) -> Bool {
        d.tokens[i].kind == .word && !d.tokens[i].has(.capitalized)
    }
}
