#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `names`: a gazetteer of people, places, ships and organisations. Reports known wrong
/// forms (`swaps`), capitalized words one or two edits away from a name ("Yokosuk"), and
/// names fused with the next word ("TokyoUS").
public struct NamesRule: RuleKind, ClaimingRule {
    public static let kind = "names"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var names: [NameEntry]
        public var swaps: [String: String]
        public var ignore: [String]
        public var dictionary: String?
        public var nearMisses: Bool
        public var fused: Bool
        public var minLength: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case names, swaps, ignore, dictionary, nearMisses, fused, minLength
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            names = try c.decode([NameEntry].self, forKey: .names)
            swaps = try c.decode(.swaps, default: [:])
            ignore = try c.decode(.ignore, default: [])
            dictionary = try c.decodeIfPresent(String.self, forKey: .dictionary)
            nearMisses = try c.decode(.nearMisses, default: true)
            fused = try c.decode(.fused, default: true)
            minLength = try c.decode(.minLength, default: 5)
            if names.isEmpty { throw c.invalid(.names, "the list is empty; give at least one name") }
            if minLength < 3 { throw c.invalid(.minLength, "must be 3 or more (shorter words are too often other words)") }
            for (wrong, right) in swaps where wrong.trimmingWhitespace().isEmpty || wrong == right {
                throw c.invalid(.swaps, "'\(wrong)' → '\(right)' is not a swap")
            }
            if let problem = PhraseMatcher.invalid(Array(swaps.keys)) { throw c.invalid(.swaps, problem) }
        }
    }

    /// A name and its accepted variants: `"Yokosuka"` or `{ name: "Kim Jong Un", variants: ["Kim Jong-un"] }`.
    public struct NameEntry: Decodable, Sendable {
        public var name: String
        public var variants: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case name, variants }

        public init(from decoder: Decoder) throws {
            if let plain = try? decoder.singleValueContainer().decode(String.self) {
                name = plain
                variants = []
            } else {
                let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
                name = try c.decode(String.self, forKey: .name)
                variants = try c.decode(.variants, default: [])
            }
            if name.trimmingWhitespace().isEmpty {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty name"))
            }
        }
    }

    /// One word of a gazetteer name, as a near-miss target.
    struct NameWord: Sendable {
        var text: String
        var scalars: [Unicode.Scalar]
        var folded: [Unicode.Scalar]
        /// Which letters it has (scalar value mod 32): a cheap lower bound on edit distance.
        var letters: UInt32
    }

    static func letterMask(_ scalars: [Unicode.Scalar]) -> UInt32 {
        var mask: UInt32 = 0
        for s in scalars { mask |= 1 << (s.value & 31) }
        return mask
    }

    /// A near miss waits for the whole corpus: whether its fix is safe depends on how often
    /// the articles write the name correctly.
    public enum Evidence: Sendable {
        /// A document writes the gazetteer word `name` (a lexicon id) `count` times.
        case written(name: Int32, count: Int)
        /// A near miss with one candidate: its finding (with a suggested fix), the word as
        /// written (folded), the candidate's id, and whether it is a slip outside a quotation.
        case nearMiss(Diagnostic, word: String, name: Int32, slip: Bool)
    }

    /// Strong evidence for fixing a near miss unattended: the articles write the name at
    /// least this many times, and at least this many times as often as the near miss.
    static let minWritten = 3
    static let minRatio = 3

    public let meta: RuleMeta
    let known: IDSet
    /// Lexicon ids of the near-miss targets, whose correct spellings are counted as evidence.
    let targets: IDSet
    /// Name words by their folded first letter.
    let nameWords: [Unicode.Scalar: [NameWord]]
    /// For each folded ASCII first letter, the lengths of name words starting with it:
    /// most capitalized words are rejected on these two bytes of information.
    let lengthsByFirstByte: [ClosedRange<Int>?]
    let swapMatcher: PhraseMatcher
    let swaps: [(wrong: String, right: String)]
    let dictionary: WordList
    let options: Options
    let slots: NameSlots

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        self.options = options
        var known = IDSet()
        var words: [Unicode.Scalar: [NameWord]] = [:]
        var seen = Set<String>()
        for entry in options.names {
            for form in [entry.name] + entry.variants {
                for word in PhraseMatcher.words(of: form) {
                    known.insert(context.lexicon.intern(word))
                    // Acronyms ("ASEAN") are not near-miss targets: "Asian" is no misspelling of them.
                    guard word.unicodeScalars.count >= 4, let first = word.unicodeScalars.first,
                          first.properties.isUppercase, word.unicodeScalars.contains(where: \.properties.isLowercase),
                          seen.insert(word).inserted else { continue }
                    let folded = Array(word.lowercased().unicodeScalars)
                    words[folded[0], default: []].append(NameWord(text: word, scalars: Array(word.unicodeScalars), folded: folded,
                                                                letters: NamesRule.letterMask(folded)))
                }
            }
        }
        for word in options.ignore { known.insert(context.lexicon.intern(word)) }
        var matcher = PhraseMatcher()
        var swaps: [(String, String)] = []
        for (wrong, right) in options.swaps.sorted(by: { $0.key < $1.key }) {
            matcher.add(wrong, payload: swaps.count, lexicon: &context.lexicon)
            swaps.append((wrong, right))
        }
        self.known = known
        targets = IDSet(words.values.joined().map { context.lexicon.intern($0.text) })
        nameWords = words
        var lengths = [ClosedRange<Int>?](repeating: nil, count: 128)
        for (first, list) in words where first.isASCII {
            let counts = list.map(\.folded.count)
            lengths[Int(first.value)] = counts.min()!...counts.max()!
        }
        lengthsByFirstByte = lengths
        swapMatcher = matcher
        self.swaps = swaps
        slots = NameSlots(options.names.flatMap { [$0.name] + $0.variants }, lexicon: &context.lexicon)
        dictionary = try context.wordList(options.dictionary, for: meta)
    }

    public var claims: [RuleAssertion] {
        var claims: [RuleAssertion] = []
        for (i, entry) in options.names.enumerated() {
            claims.append(.name(entry.name, keyPath: "names[\(i)]"))
            for v in entry.variants { claims.append(.name(v, keyPath: "names[\(i)].variants")) }
        }
        for (wrong, right) in swaps { claims.append(.swap(wrong: wrong, right: right, keyPath: "swaps.\(wrong)")) }
        return claims
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        let tokens = document.tokens
        var quoted = QuotedSpans(document)
        var written: [Int32: Int] = [:]
        // A word repeated in an article is judged once: (message, replacement) or nothing.
        // Keyed on the word's exact bytes (the hash only picks the bucket), so two words
        // whose hashes collide never share a verdict or a fix.
        var judged: [UInt32: [(word: Range<Int>, verdict: (message: String, fix: String?)?)]] = [:]
        var i = 0
        while i < tokens.count {
            if !swapMatcher.isEmpty, let match = swapMatcher.longestMatch(tokens, at: i),
               var diagnostic = swapDiagnostic(document, i..<match.end, match.payloads[0]) {
                if let fix = diagnostic.fix, quoted.contains(fix.byteRange) { diagnostic.fix?.confidence = .suggestion }
                findings.diagnostics.append(diagnostic)
                i = match.end
                continue
            }
            let t = tokens[i]
            if t.kind == .word, targets.contains(t.word) { written[t.word, default: 0] += 1 }
            if t.kind == .word, t.has(.capitalized), !t.has(.allCaps), !known.contains(t.word) {
                var verdict: (message: String, fix: String?)? = nil
                if worthChecking(document, t) {
                    let key = Lexicon.hash(document.bytes, Int(t.start), Int(t.end)) ^ UInt32(t.length)
                    let bytes = document.bytes
                    if let memo = judged[key]?.first(where: { bytes[$0.word].elementsEqual(bytes[t.range]) }) {
                        verdict = memo.verdict
                    } else {
                        verdict = unknownCapitalized(document, i)
                        judged[key, default: []].append((t.range, verdict))
                    }
                }
                if let verdict {
                    let found = diagnostic(document, t.range, verdict.message,
                                           fix: verdict.fix.map { Fix(byteRange: t.range, text: $0, confidence: .suggestion) })
                    if let name = verdict.fix {
                        let word = document.string(token: i).lowercased()
                        let slip = TypingSlip.isSlip(Array(word.unicodeScalars), of: Array(name.lowercased().unicodeScalars))
                        findings.evidence.append(.nearMiss(found, word: word, name: document.lexicon.id(of: name),
                                                           slip: slip && !quoted.contains(t.range)))
                    } else {
                        findings.diagnostics.append(found)
                    }
                } else if options.nearMisses, t.length >= 4, let slot = slots.misspelt(document, at: i) {
                    // A real word the near-miss check let pass, in a known name's slot: a
                    // suggestion only (a real word is never rewritten on its own).
                    let bytes = document.byteRange(tokens: slot.tokens)
                    findings.diagnostics.append(diagnostic(document, bytes,
                        "'\(document.string(bytes))' looks like a misspelling of '\(slot.name.text)'",
                        fix: Fix(byteRange: bytes, text: slot.name.text, confidence: .suggestion)))
                    i = slot.tokens.upperBound
                    continue
                } else if let name = misspeltPerson(document, at: i) {
                    findings.diagnostics.append(diagnostic(document, t.range, "'\(document.string(token: i))' looks like a misspelling of '\(name)'",
                                                           fix: Fix(byteRange: t.range, text: name, confidence: .suggestion)))
                }
            }
            i += 1
        }
        for (name, count) in written.sorted(by: { $0.key < $1.key }) { findings.evidence.append(.written(name: name, count: count)) }
    }

    /// Reports the near misses, each fix safe only on strong evidence (see `minWritten`).
    ///
    /// Fixing a near miss makes the name more frequent, which could make another near miss
    /// of it pass on a second run; so the decision is taken at its fixed point, counting
    /// the occurrences that will be fixed as written correctly, and a second `--fix` finds
    /// nothing more. Per name, the rarest near misses pass first (the bar is a multiple of
    /// their count), so one pass in that order reaches the fixed point.
    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        struct Candidate: Hashable { var word: String; var name: Int32 }
        var written: [Int32: Int] = [:]
        var misspelt: [String: Int] = [:]
        var fixable: [Candidate: Int] = [:] // slips outside quotations, per word and name
        for item in evidence {
            switch item {
            case .written(let name, let count): written[name, default: 0] += count
            case .nearMiss(_, let word, let name, let slip):
                misspelt[word, default: 0] += 1
                if slip { fixable[Candidate(word: word, name: name), default: 0] += 1 }
            }
        }
        var safe = Set<Candidate>()
        let byName = Dictionary(grouping: fixable.keys, by: \.name)
        for name in byName.keys.sorted() {
            var right = written[name] ?? 0
            for candidate in byName[name]!.sorted(by: { (misspelt[$0.word]!, $0.word) < (misspelt[$1.word]!, $1.word) }) {
                guard right >= Self.minWritten && right >= Self.minRatio * misspelt[candidate.word]! else { break }
                safe.insert(candidate)
                right += fixable[candidate]!
            }
        }
        for case .nearMiss(var diagnostic, let word, let name, let slip) in evidence {
            if slip && safe.contains(Candidate(word: word, name: name)) { diagnostic.fix?.confidence = .safe }
            diagnostics.append(diagnostic)
        }
    }

    private func swapDiagnostic(_ document: Document, _ range: Range<Int>, _ index: Int) -> Diagnostic? {
        let (wrong, right) = swaps[index]
        let found = document.string(tokens: range)
        // The phrase as written, or with its first letter's case flipped; any other case is another phrase.
        let flipped = (wrong.first?.isUppercase == true ? wrong.prefix(1).lowercased() : wrong.prefix(1).uppercased()) + wrong.dropFirst()
        guard found == wrong || found == flipped else { return nil }
        let atSentenceStart = document.sentences[document.sentenceIndex(ofToken: range.lowerBound)].tokens.lowerBound == range.lowerBound
        var replacement = right
        if atSentenceStart { replacement = right.prefix(1).uppercased() + right.dropFirst() }
        let bytes = document.byteRange(tokens: range)
        return diagnostic(document, bytes, "'\(found)' should be '\(replacement)'",
                          fix: Fix(byteRange: bytes, text: replacement))
    }

    /// Cheap byte-level test: could this ASCII word be fused, or within reach of a name word?
    private func worthChecking(_ document: Document, _ token: Token) -> Bool {
        if token.has(.nonASCII) { return true }
        let bytes = document.bytes
        if options.fused {
            var previousLower = false
            for k in token.range {
                let b = bytes[k]
                if b >= 0x41 && b <= 0x5A && previousLower { return true }
                previousLower = b >= 0x61 && b <= 0x7A
            }
        }
        guard options.nearMisses, token.length >= options.minLength,
              let lengths = lengthsByFirstByte[Int(Lexicon.foldByte(bytes[Int(token.start)]))] else { return false }
        return token.length >= lengths.lowerBound - 2 && token.length <= lengths.upperBound + 2
    }
}

extension NamesRule.Evidence: Codable {}
