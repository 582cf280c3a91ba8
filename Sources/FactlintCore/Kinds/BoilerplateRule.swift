/// `boilerplate`: page furniture scraped with the article ("Advertisement", "open image in
/// gallery", donation appeals). Reports configured phrases, whole lines matching a
/// pattern, and short lines repeated within an article or across the corpus. Each junk
/// line is a finding; a run of the same line repeated is one.
public struct BoilerplateRule: RuleKind {
    public static let kind = "boilerplate"
    public static let defaultSeverity = Severity.warning
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable {
        public var phrases: [String]
        public var lines: [String]
        public var repeatedLines: Repetition?

        enum CodingKeys: String, CodingKey, CaseIterable { case phrases, lines, repeatedLines }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            phrases = try c.decode(.phrases, default: [])
            lines = try c.decode(.lines, default: [])
            repeatedLines = try c.decodeIfPresent(Repetition.self, forKey: .repeatedLines)
            if phrases.isEmpty && lines.isEmpty && repeatedLines == nil {
                throw c.invalid(.phrases, "give phrases, lines or repeatedLines (the rule would find nothing)")
            }
            if let problem = PhraseMatcher.invalid(phrases) { throw c.invalid(.phrases, problem) }
            if let long = lines.first(where: { $0.utf8.count > 200 }) {
                throw c.invalid(.lines, "'\(long.prefix(40))…' is longer than 200 bytes; a line pattern is at most 200")
            }
        }
    }

    /// Short lines (no sentence) that repeat are furniture: `minCount` times in one
    /// article, or in `minDocuments` articles.
    public struct Repetition: Decodable, Sendable {
        public var minCount: Int
        public var minDocuments: Int
        public var maxWords: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case minCount, minDocuments, maxWords }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            minCount = try c.decode(.minCount, default: 3)
            minDocuments = try c.decode(.minDocuments, default: 3)
            maxWords = try c.decode(.maxWords, default: 6)
            if minCount < 2 { throw c.invalid(.minCount, "must be 2 or more") }
            if minDocuments < 2 { throw c.invalid(.minDocuments, "must be 2 or more") }
            if maxWords < 1 { throw c.invalid(.maxWords, "must be 1 or more") }
        }
    }

    /// A short line kept for the cross-document pass.
    public struct LineEvidence: Sendable {
        var text: String
        var location: SourceLocation
        var lineText: String
    }

    public let meta: RuleMeta
    let phrases: PhraseMatcher
    let phraseTexts: [String]
    let lines: GlobSet
    let repetition: Repetition?
    /// Lines longer than this are prose, never furniture (also bounds glob matching).
    static let maxLineBytes = 300

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        var matcher = PhraseMatcher()
        for (i, phrase) in options.phrases.enumerated() { matcher.add(phrase, payload: i, lexicon: &context.lexicon) }
        phrases = matcher
        phraseTexts = options.phrases
        lines = GlobSet(options.lines.map(Glob.init))
        repetition = options.repeatedLines
    }

    struct Line {
        var number: Int
        var range: Range<Int>
        var text: String
        var short: Bool
        var header: Bool
        var patterned: Bool
    }

    public func check(_ document: Document, into findings: inout Findings<LineEvidence>) {
        let text = document.text
        var candidates: [Line] = []
        // Short lines counted by their case-folded bytes (exactly: two lines whose hashes
        // collide must not add up to a repetition).
        var counts: [[UInt8]: Int] = [:]
        func key(_ range: Range<Int>) -> [UInt8] { text.bytes[range].map(Lexicon.foldByte) }
        var nonBlank = 0
        for number in 1...text.lineCount {
            let range = trimmed(text.lineRange(number), text.bytes)
            guard !range.isEmpty else { continue }
            nonBlank += 1
            guard range.count <= Self.maxLineBytes else { continue }
            let short = isShort(range, text.bytes)
            let patterned = lines.matchesAny(text.bytes, range)
            guard short || patterned else { continue }
            let line = Line(number: number, range: range, text: text.string(range), short: short, header: nonBlank <= 3,
                            patterned: patterned)
            candidates.append(line)
            if short { counts[key(range), default: 0] += 1 }
        }
        // Flag lines, then merge neighbours that repeat one line (blank lines between break a run).
        var run: [Line] = []
        var flaggedLines = Set<Int>()
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            let range = first.range.lowerBound..<last.range.upperBound
            let message = run.allSatisfy({ $0.text == first.text }) && run.count > 1
                ? "'\(first.text)', \(run.count) lines in a row, is scraped page furniture, not reporting"
                : run.count > 1
                    ? "\(run.count) lines of scraped page furniture ('\(first.text)' …), not reporting"
                    : "'\(first.text)' is scraped page furniture, not reporting"
            findings.diagnostics.append(diagnostic(document, range, message))
            run = []
        }
        for line in candidates {
            let count = line.short ? counts[key(line.range), default: 0] : 0
            let repeated = repetition.map { count >= $0.minCount } ?? false
            let junk = repeated || line.patterned
            if junk {
                // One finding per line of junk, but one for a block of the same line repeated.
                if let last = run.last, last.number + 1 != line.number || last.text != line.text { flush() }
                run.append(line)
                flaggedLines.insert(line.number)
            } else {
                flush()
                // Headers (the first lines: kicker, dateline, byline) repeat across a wire's
                // articles by design; they are metadata, not furniture.
                if repetition != nil && line.short && !line.header {
                    findings.evidence.append(LineEvidence(text: line.text, location: document.location(line.range), lineText: line.text))
                }
            }
        }
        flush()
        guard !phrases.isEmpty else { return }
        for match in phrases.matches(document.tokens) {
            let range = document.byteRange(tokens: match.tokens)
            let line = text.lineColumn(of: range.lowerBound).line
            if !flaggedLines.insert(line).inserted { continue } // one finding per line
            let found = document.string(range)
            findings.diagnostics.append(diagnostic(document, range, "'\(found)' is scraped page furniture, not reporting"))
        }
    }

    public func compare(_ evidence: [LineEvidence], into diagnostics: inout [Diagnostic]) {
        guard let repetition else { return }
        var byText: [String: [LineEvidence]] = [:]
        for item in evidence { byText[item.text, default: []].append(item) }
        for (text, items) in byText {
            let documents = Set(items.map(\.location.path))
            guard documents.count >= repetition.minDocuments else { continue }
            for item in items {
                diagnostics.append(Diagnostic(
                    ruleID: meta.id, severity: meta.severity,
                    message: "'\(text)' appears in \(documents.count) articles: scraped page furniture, not reporting",
                    location: item.location, lineText: item.lineText))
            }
        }
    }

    /// No sentence: few words and no closing punctuation.
    private func isShort(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let maxWords = repetition?.maxWords ?? 6
        var words = 1
        for i in range where bytes[i] == 0x20 || bytes[i] == 0x09 {
            if bytes[i - 1] != 0x20 && bytes[i - 1] != 0x09 { words += 1 }
            if words > maxWords { return false }
        }
        let last = bytes[range.upperBound - 1]
        switch last { case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22: return false; default: break } // . ! ? : ; "
        // ” (E2 80 9D)
        return !(range.count >= 3 && bytes[range.upperBound - 3] == 0xE2 && bytes[range.upperBound - 2] == 0x80 && last == 0x9D)
    }

    private func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        // U+2029 (E2 80 A9) is a block boundary a Markdown or HTML mask wrote into blanked markup.
        func separator(at i: Int) -> Bool { i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9 }
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 } else if end - start >= 3 && separator(at: start) { start += 3 } else { break }
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 } else if end - start >= 3 && separator(at: end - 3) { end -= 3 } else { break }
        }
        return start..<end
    }
}

extension BoilerplateRule.LineEvidence: Codable {}
