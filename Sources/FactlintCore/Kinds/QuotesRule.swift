/// `quotes`: the same quotation worded differently in different articles. No facts
/// needed. Punctuation, quote-mark style, letter case, excerpts and house style
/// (abbreviation points, contractions, British or American spelling) are not differences.
/// Declared quotations (`facts`, QuotesRule+Facts.swift) outrank the articles' vote.
public struct QuotesRule: RuleKind {
    public static let kind = "quotes"
    public static let defaultSeverity = Severity.warning
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var minWords: Int
        public var threshold: Double
        public var facts: [Fact]

        enum CodingKeys: String, CodingKey, CaseIterable { case minWords, threshold, facts }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            minWords = try c.decode(.minWords, default: 6)
            threshold = try c.decode(.threshold, default: 0.7)
            facts = try c.decode(.facts, default: [])
            if minWords < 3 { throw c.invalid(.minWords, "must be 3 or more (shorter quotes match by chance)") }
            if !(0.5...1).contains(threshold) { throw c.invalid(.threshold, "must be between 0.5 and 1") }
        }
    }

    /// A quotation's words, as written and as hashes of their lowercase form, with where
    /// each word is (packed: an archive keeps every quotation until the comparison).
    public struct Evidence: Sendable {
        var folded: [UInt64]
        var content: [Bool]
        var written: [String]
        var places: [WordPlace]
        var path: String

        func location(_ word: Int) -> SourceLocation {
            let p = places[word]
            return SourceLocation(path: path, line: Int(p.line), column: Int(p.column), endLine: Int(p.line),
                                  endColumn: Int(p.endColumn), byteRange: Int(p.byteStart)..<(Int(p.byteStart) + Int(p.byteLength)))
        }
    }

    /// Where one word is (20 bytes): a word never spans lines.
    struct WordPlace: Sendable {
        var line: UInt32, column: UInt32, endColumn: UInt32
        var byteStart: UInt32, byteLength: UInt32

        init?(_ l: SourceLocation) {
            guard let line = UInt32(exactly: l.line), let column = UInt32(exactly: l.column),
                  let endColumn = UInt32(exactly: l.endColumn), let start = UInt32(exactly: l.byteRange.lowerBound),
                  let length = UInt32(exactly: l.byteRange.count) else { return nil }
            (self.line, self.column, self.endColumn, byteStart, byteLength) = (line, column, endColumn, start, length)
        }
    }

    public let meta: RuleMeta
    let matcher: QuoteMatcher
    var declared: DeclaredQuotes

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        matcher = QuoteMatcher(minWords: options.minWords, threshold: options.threshold)
        declared = try DeclaredQuotes(options.facts, options: options, lexicon: context.lexicon, file: meta.file)
    }

    public func check(_ d: Document, into findings: inout Findings<Evidence>) {
        let quotations = Quotations.find(in: d)
        let quoted = quotations.map { QuoteWords.words(d, $0.tokens) }
        // A declared quotation is judged against its declaration, not put to the vote.
        var isDeclared = [Bool](repeating: false, count: quotations.count)
        if !declared.isEmpty {
            isDeclared = checkDeclared(d, quotations, quoted, declaredMatches(quoted), into: &findings.diagnostics)
        }
        for (words, isFact) in zip(quoted, isDeclared) where !isFact {
            guard words.count >= matcher.minWords else { continue }
            // Quotes past 4 GiB into a file are not compared. A unit over a line break is placed at its first word.
            let places = words.compactMap { w in
                let wrapped = w.tokens.dropFirst().contains { d.tokens[$0].has(.lineBefore) }
                return WordPlace(d.location(wrapped ? d.tokens[w.tokens.lowerBound].range : d.byteRange(tokens: w.tokens)))
            }
            guard places.count == words.count else { continue }
            findings.evidence.append(Evidence(folded: words.map(\.key), content: words.map(\.isContent),
                                              written: words.map(\.written),
                                              places: places, path: d.path))
        }
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        var ids: [UInt64: Int32] = [:]
        var content: [Bool] = [] // by word id
        let quotes = evidence.map { e in
            QuoteMatcher.Quote(words: zip(e.folded, e.content).map { w, isContent in
                if let id = ids[w] { return id }
                ids[w] = Int32(content.count)
                content.append(isContent)
                return Int32(content.count - 1)
            }, path: e.path)
        }
        var alignments: [Pair: QuoteMatcher.Alignment] = [:]
        var same = Clusters(quotes.count), identical = Clusters(quotes.count)
        for (i, j) in matcher.candidates(quotes) {
            guard let a = matcher.align(quotes[i].words, quotes[j].words, content: content) else { continue }
            alignments[Pair(i, j)] = a
            same.union(i, j)
            if a.differences.isEmpty { identical.union(i, j) }
        }
        var members: [Int: [Int]] = [:]
        let aligned = Set(alignments.keys.flatMap { [$0.a, $0.b] })
        for i in aligned.sorted() { members[same.find(i), default: []].append(i) }
        for (_, cluster) in members.sorted(by: { $0.key < $1.key }) {
            // Versions: quotations identical up to punctuation, case and excerpting.
            var versions: [Int: [Int]] = [:]
            for i in cluster { versions[identical.find(i), default: []].append(i) }
            func articles(_ v: [Int]) -> Int { Set(v.map { quotes[$0].path }).count }
            func earliest(_ v: [Int]) -> (String, Int) { v.map { (quotes[$0].path, $0) }.min { $0 < $1 }! }
            // The majority version; on a tie the fuller one (dropped words are the commoner
            // corruption), then the one in the first article in path order.
            // Fullness counts only words inside the aligned region: a leading excerpt is no extra.
            func fuller(_ v: [Int], than w: [Int]) -> Bool? {
                let (i, j) = (earliest(v).1, earliest(w).1)
                guard let a = alignments[Pair(i, j)].map({ i < j ? $0 : flip($0) }) ?? matcher.align(quotes[i].words, quotes[j].words, content: content)
                else { return nil }
                let here = a.differences.reduce(0) { $0 + $1.here.count }, other = a.differences.reduce(0) { $0 + $1.other.count }
                return here == other ? nil : here > other
            }
            // "Fuller" is pairwise and need not be transitive (A > B > C > A), so it is never
            // used as a sort comparator: each tied version scores how many rivals it is fuller
            // than, and the scores, then path order, decide. No iteration order can matter.
            let ordered = versions.values.sorted { earliest($0) < earliest($1) }
            let most = ordered.map(articles).max()!
            let tied = ordered.filter { articles($0) == most }
            var reference = tied[0]
            if tied.count > 1 && tied.count <= Self.maxTiedVersions {
                let wins = tied.map { v in tied.filter { w in w != v && fuller(v, than: w) == true }.count }
                reference = tied[wins.firstIndex(of: wins.max()!)!] // the first in path order among the best
            }
            for i in cluster where !reference.contains(i) {
                let witness = reference.filter { alignments[Pair(i, $0)] != nil }.min { earliest([$0]) < earliest([$1]) }
                    ?? reference.min { earliest([$0]) < earliest([$1]) }!
                let alignment = alignments[Pair(i, witness)].map { i < witness ? $0 : flip($0) } ?? matcher.align(quotes[i].words, quotes[witness].words, content: content)
                guard let alignment, !alignment.differences.isEmpty else { continue }
                diagnostics.append(report(evidence[i], against: evidence[witness], alignment))
            }
        }
    }

    /// Beyond this many versions tied for the majority, fullness (one alignment per pair of
    /// them) is not compared and path order decides.
    static let maxTiedVersions = 32

    struct Pair: Hashable {
        var a: Int, b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
    }

    private func flip(_ a: QuoteMatcher.Alignment) -> QuoteMatcher.Alignment {
        QuoteMatcher.Alignment(matched: a.matched, differences: a.differences.map { .init(here: $0.other, other: $0.here) })
    }

    private func report(_ here: Evidence, against other: Evidence, _ alignment: QuoteMatcher.Alignment) -> Diagnostic {
        func words(_ e: Evidence, _ r: Range<Int>) -> String { "\"" + e.written[r].joined(separator: " ") + "\"" }
        let message = "quote differs from \(other.path):\(other.places[0].line): "
            + alignment.described(here: { words(here, $0) }, other: { words(other, $0) }, otherName: "the other")
        let first = alignment.differences[0]
        let at = min(first.here.lowerBound, here.places.count - 1)
        var location = here.location(at)
        if !first.here.isEmpty {
            let last = here.location(first.here.upperBound - 1)
            location.endColumn = last.endColumn
            location.endLine = last.endLine
            location.byteRange = location.byteRange.lowerBound..<last.byteRange.upperBound
        }
        let otherAt = min(first.other.lowerBound, other.places.count - 1)
        return Diagnostic(ruleID: meta.id, severity: meta.severity, message: message, location: location,
                          related: [RelatedLocation(other.location(otherAt), "the quote as written here")])
    }

    /// A stable hash of a word's lowercase form (ASCII folded from its bytes, no new String).
    static func foldedHash(_ word: String) -> UInt64 {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var h = FNV64()
            for b in word.utf8 { h.add(Lexicon.foldByte(b)) }
            return h.value
        }
        return FNV64.of(word.lowercased().utf8)
    }
}

extension QuotesRule.Evidence: Codable {}
