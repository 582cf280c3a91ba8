#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `genders`: a person's gender from the majority of the articles, with no rules. Titles
/// ("Ms.", "Mr.") and pronouns whose only possible antecedent is one person are votes; an
/// article's votes give its verdict, and a person has a gender when at least two articles
/// agree and fewer than half as many disagree (the judged article's other votes may add
/// support, never remove it). Names are one key across spellings (`PersonKeys`), and a post
/// ("the premier") stands for the person the article gave it to. A pronoun is reported
/// when every person it could refer to has the other gender, no one else ("her guest", an
/// unintroduced name) is in reach, and no accepted pronoun of its gender is either.
public struct GendersRule: RuleKind {
    public static let kind = "genders"
    public static let defaultSeverity = Severity.warning
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        public var dictionary: String?
        /// Distinct articles that must agree on a person's gender.
        public var minArticles: Int
        enum CodingKeys: String, CodingKey, CaseIterable { case dictionary, minArticles }
        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            dictionary = try c.decodeIfPresent(String.self, forKey: .dictionary)
            minArticles = try c.decode(.minArticles, default: 2)
            if minArticles < 1 { throw c.invalid(.minArticles, "must be 1 or more") }
        }
    }

    public typealias Evidence = GenderEvidence
    typealias Gender = PronounCheck.Gender

    public let meta: RuleMeta
    let finder: PersonFinder
    let minArticles: Int

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        finder = PersonFinder(dictionary: try context.wordList(options.dictionary, for: meta))
        minArticles = options.minArticles
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        findings.evidence.append(GenderEvidence(document, finder: finder))
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        let people = GenderTally(evidence, minArticles: minArticles)
        for (a, article) in evidence.enumerated() {
            var chain: [(token: Int, gender: Gender)] = []
            var acceptedInSentence: [Int: Set<Gender>] = [:]
            for use in article.uses {
                if acceptedInSentence[use.sentence]?.contains(use.gender) == true { continue }
                let candidates = people.candidates(of: use)
                let genders = candidates.map { people.gender(of: $0, besides: a, judging: use) }
                let chained = chain.suffix(8).contains { p in p.gender == use.gender && use.window.contains { $0.contains(p.token) } }
                let wrong = !use.open && !chained && !candidates.isEmpty && genders.allSatisfy { $0 != nil && $0 != use.gender }
                guard wrong, let person = candidates.last, let gender = people.gender(of: person, besides: a, judging: use) else {
                    acceptedInSentence[use.sentence, default: []].insert(use.gender)
                    chain.append((use.token, use.gender))
                    continue
                }
                let others = people.witnesses(person, gender: gender, besides: a)
                let count = people.articles(person, gender: gender, besides: a)
                let support = people.support(person, besides: a, judging: use)
                let own = (gender == .female ? support.female : support.male) > count ? " (as this article does elsewhere)" : ""
                let message = "'\(use.text)' would refer to \(person), whom \(count) other article\(count == 1 ? "" : "s") call\(count == 1 ? "s" : "") \(gender == .female ? "a woman" : "a man")\(own); expected '\(GendersRule.counterpart(use.text))'"
                diagnostics.append(Diagnostic(ruleID: meta.id, severity: meta.severity, message: message, location: use.location,
                                              related: others.map { RelatedLocation($0.location, "'\($0.cue)' for \(person) here") }))
            }
        }
    }

    static func counterpart(_ pronoun: String) -> String {
        let swaps = ["he": "she", "she": "he", "his": "her", "hers": "his", "him": "her", "her": "his' or 'him",
                     "himself": "herself", "herself": "himself"]
        let lower = pronoun.lowercased()
        let other = swaps[lower] ?? lower
        return pronoun.first?.isUppercase == true ? other.prefix(1).uppercased() + other.dropFirst() : other
    }
}
