#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `gazetteer`: the corpus's own gazetteer, with no names given. A capitalized word that
/// the articles write one way many times, in several articles, is a name; a rare word one
/// or two edits from it ("Yokosuk" where the corpus writes "Yokosuka" seven times) is a
/// misspelling of it. In a multi-word name the other words vouch for the slot, so even a
/// dictionary word is caught there ("Nordic Maritime" where the corpus writes "Nordvik
/// Maritime").
///
/// Precision first: the name must be written mid-sentence (not only as a sentence's first
/// word), the rare form must be rare (in one article, a few times), no dictionary word
/// outside a name slot, not an inflection ("Koreans"), and the nearest name must be unique.
public struct GazetteerRule: RuleKind {
    public static let kind = "gazetteer"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        /// Times a form must be written, in all articles, to count as the corpus's name.
        public var minCount: Int
        /// Distinct articles that must write it.
        public var minArticles: Int
        /// Shortest word considered (shorter words are too often other words).
        public var minLength: Int
        public var dictionary: String?
        /// Words never taken for misspellings (real names that resemble the corpus's).
        public var ignore: [String]

        enum CodingKeys: String, CodingKey, CaseIterable { case minCount, minArticles, minLength, dictionary, ignore }

        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            minCount = try c.decode(.minCount, default: 4)
            minArticles = try c.decode(.minArticles, default: 2)
            minLength = try c.decode(.minLength, default: 5)
            dictionary = try c.decodeIfPresent(String.self, forKey: .dictionary)
            ignore = try c.decode(.ignore, default: [])
            if minCount < 2 { throw c.invalid(.minCount, "must be 2 or more (a name written once is no evidence)") }
            if minArticles < 1 { throw c.invalid(.minArticles, "must be 1 or more") }
            if minLength < 3 { throw c.invalid(.minLength, "must be 3 or more") }
        }
    }

    public typealias Evidence = NameTally.Article

    public let meta: RuleMeta
    let options: Options
    let dictionary: WordList
    let ignored: Set<String>

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        self.options = options
        dictionary = try context.wordList(options.dictionary, for: meta)
        ignored = Set(options.ignore.map { $0.lowercased() })
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        findings.evidence.append(NameTally.Article(document, minLength: options.minLength))
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        let tally = NameTally(evidence)
        let judge = NameTally.Judge(minCount: options.minCount, minArticles: options.minArticles,
                                    dictionary: dictionary, ignored: ignored)
        for finding in judge.findings(in: tally) {
            let name = finding.name
            let message = "'\(finding.form.text)' looks like a misspelling of '\(name.text)', which the articles write \(name.count) times in \(name.articles) articles"
            let related = finding.witnesses.map { RelatedLocation($0, "written '\(name.text)' here") }
            for location in finding.form.locations {
                let fix = finding.fixable && !location.quoted
                    ? Fix(byteRange: location.location.byteRange, text: name.text) : nil
                diagnostics.append(Diagnostic(ruleID: meta.id, severity: meta.severity, message: message,
                                              location: location.location, related: related, fix: fix))
            }
        }
    }
}
