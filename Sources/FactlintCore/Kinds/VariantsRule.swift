#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `variants`: one spelling per name or word across the corpus. Forms that differ only by
/// a hyphen or space, diacritics, or letter case ("Lee Jae-myung" / "Lee Jae Myung",
/// "protege" / "protégé") get a note on the minority form naming the majority form, or the
/// rule's preferred form. Spelling differences ("defence" / "defense") are not variants.
/// Hyphenated and accented forms are always compared; spaced and single capitalized forms
/// when the loaded rules know their words (names, aliases, preferred forms) or they have
/// inner capitals.
public struct VariantsRule: RuleKind {
    public static let kind = "variants"
    public static let defaultSeverity = Severity.note
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var preferred: [String]
        public var words: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case preferred, words }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            preferred = try c.decode(.preferred, default: [])
            words = try c.decode(.words, default: [])
            var seen: [String: String] = [:]
            for form in preferred {
                let key = VariantsRule.key(form)
                if let other = seen[key] { throw c.invalid(.preferred, "'\(form)' and '\(other)' are variants of each other; prefer one") }
                seen[key] = form
            }
            // The words of a multi-word form are preferred too, unless another form settles them.
            var parts: [String: (part: String, form: String)] = [:]
            for form in preferred {
                for part in VariantsRule.parts(of: form) where seen[VariantsRule.key(part)] == nil {
                    let key = VariantsRule.key(part)
                    if let other = parts[key], VariantsRule.comparable(other.part) != VariantsRule.comparable(part) {
                        throw c.invalid(.preferred, "'\(part)' (in '\(form)') and '\(other.part)' (in '\(other.form)') are variants of each other; prefer one")
                    }
                    parts[key] = (part, form)
                }
            }
        }
    }

    /// The forms an article uses (each distinct form once, at its first occurrence).
    public typealias Evidence = FormTable

    /// One form as written in one article, for the few keys written more than one way.
    struct Occurrence {
        var form: String
        var location: SourceLocation
    }

    public let meta: RuleMeta
    let preferred: [String: String]
    /// Lowercase ASCII words that have an accented spelling ("protege", "cafe").
    let accentable: IDSet

    /// Common words and names with accents, whose plain spelling is a variant.
    static let accented = ["protégé", "protégée", "café", "résumé", "naïve", "fiancé", "fiancée", "décor", "détente",
                           "élite", "façade", "rôle", "exposé", "communiqué", "entrée", "cliché", "doppelgänger",
                           "über", "coöperation", "São Paulo", "Zürich", "Québec", "Montréal", "Pokémon", "Nestlé"]

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        // Whole forms first, then the words of multi-word forms ("Jan-Erik Sundström": "Jan-Erik",
        // "Sundström"), each compared on its own as the text records them.
        let parts = options.preferred.flatMap(VariantsRule.parts(of:))
        preferred = Dictionary((options.preferred + parts).map { (VariantsRule.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        var accentable = IDSet()
        for word in VariantsRule.accented + options.words + options.preferred + parts where word.split(separator: " ").count == 1 {
            accentable.insert(context.lexicon.intern(VariantsRule.key(word)))
        }
        // The words of declared forms are known words, so their spaced and hyphenated forms compare.
        for form in options.words + options.preferred {
            for word in PhraseMatcher.words(of: form) { context.lexicon.intern(word) }
        }
        self.accentable = accentable
    }

    public func check(_ d: Document, into findings: inout Findings<Evidence>) {
        var table = FormTable(path: d.path)
        var seen = Set<UInt32>(minimumCapacity: 128)
        // Sentence openers, kept until the end: recorded only if not seen inside a sentence.
        var openers: [(hash: UInt32, range: Range<Int>)] = []
        defer {
            for opener in openers where seen.insert(opener.hash).inserted {
                let span = d.byteRange(tokens: opener.range)
                table.add(d.bytes[span], at: d.location(span), opensSentence: true)
            }
            if !table.isEmpty { table.shrink(); findings.evidence.append(table) }
        }
        let bytes = d.bytes
        func record(_ range: Range<Int>, opensSentence: Bool = false) {
            let span = d.byteRange(tokens: range)
            // Hash the form with whitespace runs as one space, so a wrapped name is the same form.
            var h: UInt32 = 2_166_136_261
            var space = false
            for i in span {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { space = true; continue }
                if space { h = (h ^ 0x20) &* 16_777_619; space = false }
                h = (h ^ UInt32(b)) &* 16_777_619
            }
            if opensSentence { openers.append((h, range)); return }
            guard seen.insert(h).inserted else { return }
            let wrapped = range.dropFirst().contains { tokens[$0].has(.lineBefore) }
            if wrapped {
                table.add(d.string(span).split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8, at: d.location(span))
            } else {
                table.add(bytes[span], at: d.location(span))
            }
        }
        let tokens = d.tokens
        // The first word of each sentence, by token index (a flag array: cheaper than hashing).
        var sentenceStarts = [Bool](repeating: false, count: tokens.count)
        for s in d.sentences { if let first = s.tokens.first(where: { tokens[$0].kind == .word }) { sentenceStarts[first] = true } }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            // Hyphenated compound, with one capitalized word before it: "Lee Jae-myung".
            var end = i + 1
            while end + 1 < tokens.count, tokens[end].isJoined, d.token(end, is: "-"), tokens[end + 1].isJoined,
                  tokens[end + 1].kind == .word || (tokens[end + 1].kind == .number && capitalizedName(t)) { // "E-5"
                end += 2
            }
            if end > i + 1 {
                // Name-like compounds only: after a capitalized name word, or capitalized mid-sentence.
                let afterName = i > 0 && capitalizedName(tokens[i - 1]) && tokens[i].has(.spaceBefore) && !tokens[i].has(.lineBefore)
                if afterName { record((i - 1)..<end) } else if capitalizedName(t) && !sentenceStarts[i] { record(i..<end) }
                i = end
                continue
            }
            // Not in capitals: "ÅLESUND, Norway —" in a dateline is typography, not a spelling of "Ålesund".
            if (t.has(.nonASCII) || accentable.contains(t.word)) && !(t.has(.allCaps) && t.length > 1) { record(i..<(i + 1)) }
            // Capitalized words and runs are compared with no rules: the corpus's own spellings
            // ("Jan-Erik" / "Jan Erik", "Hélène" / "Helene", "AdStream" / "Ad Stream") vote.
            if capitalizedName(t) {
                // A name may open a sentence too ("Constitucion Mayor Rodrigo Fuenzalida
                // said"); a common opener ("Yesterday", "The") is no name.
                if !sentenceStarts[i] || camelCase(t, bytes) {
                    record(i..<(i + 1))
                } else if !VariantsRule.isOpener(t, bytes) {
                    record(i..<(i + 1), opensSentence: true)
                }
                // Runs of capitalized words: every two- and three-word stretch ("Kim Jong Un"). A
                // sentence's first word capitalized only by position ("Yesterday", "The") starts none.
                for length in 2...3 {
                    let stop = i + length
                    guard stop <= tokens.count, (i + 1..<stop).allSatisfy({ capitalizedName(tokens[$0])
                        && tokens[$0].has(.spaceBefore) && !tokens[$0].has(.paragraphBefore) })
                    else { break }
                    if length == 2 && sentenceStarts[i] && VariantsRule.isOpener(t, bytes) { break }
                    record(i..<stop)
                }
            } else if capitalizedName(t) && camelCase(t, bytes) {
                record(i..<(i + 1))
            }
            i += 1
        }
    }

    /// The space-separated words of a multi-word form ("Jan-Erik Sundström": "Jan-Erik",
    /// "Sundström"); none for a one-word form.
    static func parts(of form: String) -> [String] {
        let words = form.split(whereSeparator: \.isWhitespace).map(String.init)
        return words.count > 1 ? words : []
    }

    /// Words that open sentences and are no part of a name.
    static func isOpener(_ t: Token, _ bytes: [UInt8]) -> Bool {
        var h = FNV64()
        for k in t.range { h.add(Lexicon.foldByte(bytes[k])) }
        return openerHashes.contains(h.value)
    }

    private static let openerHashes = Set(openers.map { FNV64.of($0.utf8) })

    static let openers: Set<String> = FunctionWords.words.union([
        "yesterday", "today", "tomorrow", "meanwhile", "however", "still", "now", "then", "also", "last", "next", "when",
        "while", "since", "during", "although", "though", "because", "if", "once", "but", "so", "yet", "like", "unlike",
        "despite", "he", "she", "they", "it", "we", "i", "you", "my", "your", "there", "here", "asked", "earlier", "later",
    ])

    /// An inner capital after a lowercase letter: "SoftBank", "McDonald".
    private func camelCase(_ t: Token, _ bytes: [UInt8]) -> Bool {
        var previousLower = false
        for i in t.range {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A && previousLower { return true }
            previousLower = b >= 0x61 && b <= 0x7A
        }
        return false
    }

    /// Capitalized, but not in capitals: "TOKYO" in a dateline or "PEACE" in a quote is
    /// typography, not another spelling.
    private func capitalizedName(_ t: Token) -> Bool {
        t.kind == .word && t.has(.capitalized) && !t.has(.allCaps)
    }

    /// What variants share: letters only, no accents, lowercase ("Jae-myung" → "jaemyung").
    static func key(_ form: String) -> String {
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            let letters = form.utf8.compactMap { b -> UInt8? in
                switch b {
                case 0x41...0x5A: return b | 0x20
                case 0x61...0x7A, 0x30...0x39: return b
                default: return nil
                }
            }
            return String(decoding: letters, as: UTF8.self)
        }
        // Latin letters and typographic punctuation from a table (each entry is what the full
        // path makes of that scalar alone); anything else takes the full path.
        var key = ""
        for scalar in form.unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                if (0x41...0x5A).contains(b) { key.unicodeScalars.append(Unicode.Scalar(b | 0x20)) }
                else if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { key.unicodeScalars.append(scalar) }
            } else if let folded = VariantsRule.foldedScalar(scalar) {
                key += folded
            } else {
                return fullKey(form)
            }
        }
        return key
    }

    /// Decompose, keep letters and digits (no combining marks), lowercase.
    static func fullKey(_ form: String) -> String {
        let stripped = CanonicalDecomposition.decompose(form).unicodeScalars.filter {
            $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark || $0.properties.numericType != nil
        }
        return String(String.UnicodeScalarView(stripped)).lowercased()
    }

    // Latin-1 and Latin Extended-A, and the dashes and quotation marks of General
    // Punctuation, from tables written out in VariantsRule+ScalarKeys.swift.
    private static func foldedScalar(_ s: Unicode.Scalar) -> String? {
        switch s.value {
        case 0xA0...0x17F: return latin[Int(s.value) - 0xA0]
        case 0x2010...0x2027: return punctuation[Int(s.value) - 0x2010]
        default: return nil
        }
    }

    /// Forms are the same when they differ only in the case of their first letter (sentence starts).
    static func comparable(_ form: String) -> String {
        guard let first = form.first else { return form }
        return first.lowercased() + form.dropFirst()
    }

    /// "Justice Helene Marchand", "Helene Marchand" and "Helene" vary at one place: the
    /// innermost form says where (a note whose span holds another's, in the same file, goes).
    static func keepInnermost(_ diagnostics: inout [Diagnostic], from start: Int) {
        guard diagnostics.count - start > 1 else { return }
        let mine = diagnostics[start...].sorted {
            ($0.location.path, $0.location.byteRange.lowerBound, -$0.location.byteRange.upperBound)
                < ($1.location.path, $1.location.byteRange.lowerBound, -$1.location.byteRange.upperBound)
        }
        var kept: [Diagnostic] = []
        for (i, d) in mine.enumerated() {
            let r = d.location.byteRange
            // Later notes in the same file start at or after this one: one inside it drops it.
            var j = i + 1, holdsAnother = false
            while j < mine.count, mine[j].location.path == d.location.path, mine[j].location.byteRange.lowerBound < r.upperBound {
                if mine[j].location.byteRange.upperBound <= r.upperBound && mine[j].location.byteRange != r { holdsAnother = true; break }
                j += 1
            }
            if !holdsAnother { kept.append(d) }
        }
        diagnostics.replaceSubrange(start..., with: kept)
    }
}
