/// `quotes` facts: declared quotations, `{ text: "…", speaker: "Henrik Lindqvist" }`. A
/// quotation that is one of them — the same utterance as the comparison between articles
/// reads it — is judged against the declaration instead of the articles' vote: reworded,
/// it is reported with the declared wording; attributed to another known person, it is
/// reported with the declared speaker.
extension QuotesRule {
    public struct Fact: Decodable, Sendable {
        public var text: String
        public var speaker: String?
        public var severity: Severity?

        enum CodingKeys: String, CodingKey, CaseIterable { case text, speaker, severity }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            text = try c.decode(String.self, forKey: .text)
            speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
            severity = try c.decodeIfPresent(Severity.self, forKey: .severity)
            if let s = speaker, PersonKeys.fold(s).isEmpty { throw c.invalid(.speaker, "'\(s)' is not a name") }
        }
    }

    /// A declared quotation as the comparison reads it.
    struct DeclaredQuote: Sendable {
        var text: [UInt8]
        /// Word ids in `DeclaredQuotes.vocabulary`, and each word's bytes in `text`.
        var words: [Int32]
        var bytes: [Range<Int>]
        var speaker: String?
        var severity: Severity?
        /// The comparison's matcher, asking no more matching words than the quotation has.
        var matcher: QuoteMatcher
    }

    /// The declared quotations with what finding them in an article needs.
    struct DeclaredQuotes: Sendable {
        var quotes: [DeclaredQuote] = []
        /// Folded word hash → word id, and which ids carry content.
        var vocabulary: [UInt64: Int32] = [:]
        var content: [Bool] = []
        /// Three-word shingle → the declared quotations that have it.
        var shingles: [UInt64: [Int]] = [:]
        /// Per quotation, its speaker's index in `speakers`.
        var speakerOf: [Int?] = []
        var speakers = KnownSpeakers()

        init() {}

        init(_ facts: [Fact], options: Options, lexicon: Lexicon, file: String) throws {
            for (i, fact) in facts.enumerated() {
                let d = Document(path: "", contents: fact.text, lexicon: lexicon)
                let words = QuoteWords.words(d, 0..<d.tokens.count)
                guard words.count >= 3 else {
                    let paired = d.tokens.filter { $0.kind != .punct }.count > words.count
                    let counted = paired ? "counts as \(words.count) (a pair such as 'we will' or 'do not' counts once, as its contraction would)"
                        : "has \(words.count) word\(words.count == 1 ? "" : "s")"
                    throw RuleFileError(file: file, keyPath: "facts[\(i)].text",
                                        message: "'\(fact.text)' \(counted); a declared quotation needs 3 words or more to be recognised")
                }
                let ids = words.map { w -> Int32 in
                    if let id = vocabulary[w.key] { return id }
                    vocabulary[w.key] = Int32(content.count)
                    content.append(w.isContent)
                    return Int32(content.count - 1)
                }
                if let same = quotes.firstIndex(where: { $0.words == ids }) {
                    throw RuleFileError(file: file, keyPath: "facts[\(i)].text", message: "the same quotation as facts[\(same)]")
                }
                for start in 0...(ids.count - QuoteMatcher.shingle) {
                    let h = QuoteMatcher.hash(ids[start..<(start + QuoteMatcher.shingle)])
                    if shingles[h]?.last != i { shingles[h, default: []].append(i) }
                }
                quotes.append(DeclaredQuote(text: Array(fact.text.utf8), words: ids,
                                            bytes: words.map { d.byteRange(tokens: $0.tokens) },
                                            speaker: fact.speaker, severity: fact.severity,
                                            matcher: QuoteMatcher(minWords: min(options.minWords, ids.count), threshold: options.threshold)))
            }
            link([])
        }

        /// Knows the speakers, with the people and name forms the pack's other rules declare.
        mutating func link(_ pack: [any Rule]) {
            var people = KnownSpeakers()
            var entities: [EntitiesRule.Entity] = []
            var names: [NamesRule.NameEntry] = []
            for rule in pack {
                if let r = rule as? EntitiesRule { entities += r.entities }
                if let r = rule as? NamesRule { names += r.options.names }
            }
            for e in entities where e.gender != nil {
                people.add([e.name] + e.aliases, gender: e.gender.flatMap(PronounCheck.Gender.init))
            }
            speakerOf = quotes.map { q in
                guard let speaker = q.speaker else { return nil }
                if let known = people.resolve(speaker) { return known }
                let folded = PersonKeys.fold(speaker)
                if let e = entities.first(where: { ([$0.name] + $0.aliases).contains { PersonKeys.fold($0) == folded } }) {
                    return people.add([e.name] + e.aliases, gender: e.gender.flatMap(PronounCheck.Gender.init))
                }
                let variants = names.first { ([$0.name] + $0.variants).contains { PersonKeys.fold($0) == folded } }
                return people.add([speaker] + (variants.map { [$0.name] + $0.variants } ?? []), gender: nil)
            }
            speakers = people
        }

        var isEmpty: Bool { quotes.isEmpty }
    }

    /// One article quotation found to be a declared one.
    struct DeclaredMatch {
        var quotation: Int
        var declared: Int
        var alignment: QuoteMatcher.Alignment
    }

    /// The declared quotations each of `quotations` (with its `words`) is: the best
    /// alignment first, then others that align with another part of it (one span may quote
    /// two declared sentences).
    func declaredMatches(_ words: [[QuoteWords.Word]]) -> [DeclaredMatch] {
        var result: [DeclaredMatch] = []
        for (qi, quote) in words.enumerated() where !quote.isEmpty {
            var local: [UInt64: Int32] = [:]
            var content = declared.content
            let ids = quote.map { w -> Int32 in
                if let id = declared.vocabulary[w.key] ?? local[w.key] { return id }
                local[w.key] = Int32(content.count)
                content.append(w.isContent)
                return Int32(content.count - 1)
            }
            var candidates = Set<Int>()
            if ids.count >= QuoteMatcher.shingle {
                for start in 0...(ids.count - QuoteMatcher.shingle) {
                    candidates.formUnion(declared.shingles[QuoteMatcher.hash(ids[start..<(start + QuoteMatcher.shingle)])] ?? [])
                }
            }
            var aligned: [DeclaredMatch] = []
            for f in candidates.sorted() {
                let fact = declared.quotes[f]
                guard ids.count >= fact.matcher.minWords, let a = fact.matcher.align(ids, fact.words, content: content) else { continue }
                // A declared quotation shorter than `minWords` is found only as (part of) the
                // whole quotation: "never give up" inside someone's longer sentence is theirs.
                guard a.matched >= matcher.minWords || a.span.here == 0..<ids.count else { continue }
                aligned.append(DeclaredMatch(quotation: qi, declared: f, alignment: a))
            }
            aligned.sort { ($0.alignment.matched, -$0.alignment.differences.count, -$0.declared) > ($1.alignment.matched, -$1.alignment.differences.count, -$1.declared) }
            var taken: [Range<Int>] = []
            for m in aligned where !taken.contains(where: { $0.overlaps(m.alignment.span.here) }) {
                taken.append(m.alignment.span.here)
                result.append(m)
            }
        }
        return result
    }

    /// Findings for article quotations that are declared ones; returns which quotations
    /// are (they stay out of the vote). A reworded quotation that its attribution gives to
    /// another known person is another utterance, not a declared one misquoted twice.
    func checkDeclared(_ d: Document, _ quotations: [Quotation], _ words: [[QuoteWords.Word]], _ matches: [DeclaredMatch],
                       into diagnostics: inout [Diagnostic]) -> [Bool] {
        var isDeclared = [Bool](repeating: false, count: quotations.count)
        var attributions: [Attribution?]? = nil
        for m in matches {
            let fact = declared.quotes[m.declared], quote = words[m.quotation], q = quotations[m.quotation]
            let alignment = Self.reachingEnds(m.alignment, quote: quote.count, declared: fact.words.count)
            var other: (attribution: Attribution, person: Int)? = nil
            if let expected = declared.speakerOf[m.declared] {
                if attributions == nil { attributions = QuoteAttribution.read(quotations, in: d) }
                if let a = attributions![m.quotation], let (found, span) = person(a, q, quotations, in: d), found != expected {
                    other = (Attribution(tokens: span, kind: a.kind), found)
                }
            }
            if other != nil && !alignment.differences.isEmpty { continue }
            isDeclared[m.quotation] = true
            if !alignment.differences.isEmpty { diagnostics.append(reworded(d, quote, fact, alignment)) }
            guard let (a, found) = other, let expected = declared.speakerOf[m.declared] else { continue }
            let written = d.string(tokens: a.tokens)
            let name = declared.speakers.people[found].name, want = declared.speakers.people[expected].name
            let who = a.kind != .name || PersonKeys.fold(written) != PersonKeys.fold(name) ? "'\(written)' (\(name))" : "'\(written)'"
            diagnostics.append(diagnostic(d, d.byteRange(tokens: a.tokens),
                "\(who) is given as the speaker of a quotation declared as \(want)'s; expected '\(want)'",
                severity: fact.severity ?? .warning,
                related: [RelatedLocation(d.location(d.byteRange(tokens: q.tokens)), "the quotation")]))
        }
        return isDeclared
    }

    /// A quotation's first or last words changed, against a declaration that goes on for
    /// at most `edgeWords` more: the change runs to the declaration's end ("rebuild alone"
    /// for "rebuild on their own", not "alone" for "on" and an excerpt). Only for a
    /// reworded quotation: an excerpt with no difference is no finding.
    static func reachingEnds(_ a: QuoteMatcher.Alignment, quote: Int, declared: Int) -> QuoteMatcher.Alignment {
        var a = a
        guard !a.differences.isEmpty else { return a }
        let edge = QuoteMatcher.edgeWords
        if let first = a.differences.first, first.here.lowerBound == 0, !first.here.isEmpty,
           first.other.lowerBound > 0, first.other.upperBound <= edge {
            a.differences[0].other = 0..<first.other.upperBound
            a.span.other = 0..<a.span.other.upperBound
        }
        let n = a.differences.count - 1
        if let last = a.differences.last, last.here.upperBound == quote, !last.here.isEmpty,
           last.other.upperBound < declared, declared - last.other.lowerBound <= edge {
            a.differences[n].other = last.other.lowerBound..<declared
            a.span.other = a.span.other.lowerBound..<declared
        }
        // A reworded quotation that stops at most `edgeWords` short of an end is the whole
        // one: the expected wording runs to that end ("we will fully comply with it" for
        // "we will comply with it fully" expects the last "fully" too).
        if a.span.other.lowerBound <= edge { a.span.other = 0..<a.span.other.upperBound }
        if declared - a.span.other.upperBound <= edge { a.span.other = a.span.other.lowerBound..<declared }
        return a
    }

    /// The known person an attribution names, and the words that name them: a name as
    /// written; a description that ends in an alias the pack gives ("the rescue chief");
    /// or a pronoun standing for the nearest person named saying something before it,
    /// when that person's declared gender agrees with it.
    private func person(_ a: Attribution, _ q: Quotation, _ quotations: [Quotation], in d: Document) -> (Int, Range<Int>)? {
        switch a.kind {
        case .name:
            return declared.speakers.resolve(d.string(tokens: a.tokens)).map { ($0, a.tokens) }
        case .description:
            for start in a.tokens {
                if let p = declared.speakers.resolveGiven(d.string(tokens: start..<a.tokens.upperBound)) { return (p, start..<a.tokens.upperBound) }
            }
            return nil
        case .pronoun:
            let pronoun = d.string(tokens: a.tokens).lowercased()
            let gender: PronounCheck.Gender? = pronoun == "she" ? .female : pronoun == "he" ? .male : nil
            guard let gender, let near = QuoteAttribution.nearby(q, quotations, in: d, after: false),
                  let p = declared.speakers.resolve(d.string(tokens: near.tokens)), declared.speakers.people[p].gender == gender else { return nil }
            return (p, a.tokens)
        }
    }

    /// A reworded declared quotation: where it first differs, what differs, and the declared
    /// wording of the part quoted, offered as a suggestion (never applied by `--fix`).
    private func reworded(_ d: Document, _ quote: [QuoteWords.Word], _ fact: DeclaredQuote, _ a: QuoteMatcher.Alignment) -> Diagnostic {
        func written(_ r: Range<Int>) -> String { "\"" + quote[r].map(\.written).joined(separator: " ") + "\"" }
        func declaredText(_ r: Range<Int>) -> String {
            String(decoding: fact.text[fact.bytes[r.lowerBound].lowerBound..<fact.bytes[r.upperBound - 1].upperBound], as: UTF8.self)
        }
        var message = "quotation differs from its declared wording: "
            + a.described(here: written, other: { "\"\(declaredText($0))\"" }, otherName: "the declared wording")
        let expected = declaredText(a.span.other)
        message += "; expected \"\(expected)\""
        let first = a.differences[0]
        let at = first.here.isEmpty ? quote[min(first.here.lowerBound, quote.count - 1)].tokens
            : quote[first.here.lowerBound].tokens.lowerBound..<quote[first.here.upperBound - 1].tokens.upperBound
        let region = d.byteRange(tokens: quote[a.span.here.lowerBound].tokens.lowerBound..<quote[a.span.here.upperBound - 1].tokens.upperBound)
        return diagnostic(d, d.byteRange(tokens: at), message, severity: fact.severity ?? .error,
                          fix: Fix(byteRange: region, text: expected, confidence: .suggestion))
    }
}

/// A rule that reads what the other rules of its pack declare, once every rule is built
/// (a `quotes` fact's speaker takes the aliases an `entities` rule gives).
protocol PackLinkedRule {
    func linked(to pack: [any Rule]) -> any Rule
}

extension QuotesRule: PackLinkedRule {
    func linked(to pack: [any Rule]) -> any Rule {
        guard declared.quotes.contains(where: { $0.speaker != nil }) else { return self }
        var copy = self
        copy.declared.link(pack)
        return copy
    }
}
