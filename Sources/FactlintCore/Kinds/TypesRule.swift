#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `types`: what the articles call a named thing, with no rules. When several articles
/// agree ("the lunar module Eagle") and one says something that cannot also be true
/// ("the command module Eagle"), the outlier is reported with the majority's locations.
///
/// Two type phrases contradict when both have two or more words and they share their head
/// or their first word but nothing else ("lunar module" / "command module", "chief
/// executive" / "chief financial officer"), or when both heads belong to one class of
/// mutually exclusive kinds (ship types: "aircraft carrier" / "frigate"). "the former
/// president" and "the president" do not contradict. A tie of two or more articles a side
/// is a note on both sides; one article against one says nothing.
public struct TypesRule: RuleKind {
    public static let kind = "types"
    public static let defaultSeverity = Severity.error
    public static var optionKeys: [String] { Options.CodingKeys.allCases.map(\.rawValue) }

    public struct Options: Decodable, Sendable {
        /// Groups of mutually exclusive heads, besides the built-in ones.
        public var exclusive: [[String]]
        enum CodingKeys: String, CodingKey, CaseIterable { case exclusive }
        public init(from decoder: Decoder) throws {
            let c = try decoder.ruleOptions(keyedBy: CodingKeys.self)
            exclusive = try c.decode(.exclusive, default: [])
        }
    }

    /// Kinds of which a thing can be only one.
    static let builtInExclusive: [[String]] = [
        ["carrier", "frigate", "destroyer", "cruiser", "submarine", "corvette", "battleship", "tanker",
         "freighter", "trawler", "ferry", "yacht", "tugboat", "tug", "icebreaker", "patrol vessel", "patrol boat"],
        ["ceo", "cfo", "coo", "cto", "cio", "executive", "counsel", "treasurer"],
        ["manager", "director"],
        ["helicopter", "airliner", "bomber", "drone", "glider", "airship"],
        ["suv", "hatchback", "sedan", "saloon", "estate", "wagon", "coupe", "convertible", "pickup", "minivan"],
    ]
    /// Ranks below a title: "deputy director" is not "director".
    static let ranks: Set<String> = ["deputy", "vice", "assistant"]

    public typealias Evidence = [TypePhrase]

    public let meta: RuleMeta
    /// Head word (or last two words) → its exclusive class.
    let classOf: [String: Int]
    /// One-word kinds, typed next to a name ("the Aeris E5 hatchback", "the Aeris E3 SUV").
    let kindWords: Set<String>

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        var classOf: [String: Int] = [:]
        for (n, group) in (TypesRule.builtInExclusive + options.exclusive).enumerated() {
            for head in group { classOf[head.lowercased()] = n }
        }
        self.classOf = classOf
        kindWords = Set(classOf.keys.filter { !$0.contains(" ") && !["executive", "counsel", "manager", "director"].contains($0) })
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        findings.evidence.append(TypePhrases.find(in: document, kinds: kindWords) + Demonyms.find(in: document))
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        compareNationalities(evidence.map { $0.filter { $0.country != nil } }, into: &diagnostics)
        let evidence = evidence.map { $0.filter { $0.country == nil } }
        // One key per name, however the articles spell it ("Alvaro"/"Álvaro", "Dr Ignacio Marchant").
        let names = PersonKeys(keysByArticle: evidence.map { $0.map(\.name) })
        // Per name: each phrase's articles and places, in article order.
        var byName: [String: [String: [(article: Int, location: SourceLocation)]]] = [:]
        for (a, phrases) in evidence.enumerated() {
            for p in phrases { byName[names.key(p.name), default: [:]][p.phrase, default: []].append((a, p.location)) }
        }
        for name in byName.keys.sorted() {
            let phrases = byName[name]!
            let ordered = phrases.keys.sorted()
            for outlier in ordered {
                let mine = phrases[outlier]!
                let myArticles = Set(mine.map(\.article))
                // Phrases that contradict the outlier vote together when they share a head:
                // "electric suv" and "suv" against "hatchback".
                var groups: [String: [String]] = [:]
                for other in ordered where other != outlier && contradict(outlier, other) {
                    groups[voteHead(other), default: []].append(other)
                }
                for head in groups.keys.sorted() {
                    let members = groups[head]!
                    let theirs = members.flatMap { phrases[$0]! }.sorted { ($0.article, $0.location.byteRange.lowerBound) < ($1.article, $1.location.byteRange.lowerBound) }
                    let theirArticles = Set(theirs.map(\.article)).subtracting(myArticles)
                    guard theirArticles.count >= myArticles.count else { continue }
                    let tie = theirArticles.count == myArticles.count
                    // One article against one settles nothing, and is too little to flag.
                    if tie && myArticles.count < 2 { continue }
                    let other = members.max { (Set(phrases[$0]!.map(\.article)).count, $1) < (Set(phrases[$1]!.map(\.article)).count, $0) }!
                    let witnesses = theirs.filter { theirArticles.contains($0.article) }
                    let related = witnesses.prefix(3).map { w in
                        RelatedLocation(w.location, "called '\(members.first { m in phrases[m]!.contains { $0.location == w.location } } ?? other)' here")
                    }
                    for place in mine {
                        let message = tie
                            ? "'\(outlier)' for \(name), where another article has '\(other)'; check which is right"
                            : "'\(outlier)' contradicts what \(theirArticles.count) other articles call \(name): '\(other)'"
                        diagnostics.append(Diagnostic(ruleID: meta.id, severity: tie ? .note : meta.severity,
                                                      message: message, location: place.location, related: Array(related)))
                    }
                }
            }
        }
    }

    /// What a phrase's vote counts for: its kind in `classOf`, or its last word.
    func voteHead(_ phrase: String) -> String {
        let words = phrase.split(separator: " ").map(String.init)
        return head(words) ?? words.last ?? phrase
    }

    func contradict(_ a: String, _ b: String) -> Bool {
        // "behaviour specialist" and "behavior specialist" are the same words; "CEO" is "chief executive".
        let x = Self.spelledOut(a), y = Self.spelledOut(b)
        if x == y { return false }
        // "trade minister" and "industry minister": one ministry often holds several portfolios.
        if x.count >= 2, y.count >= 2, x.last == y.last, let post = x.last, Self.portfolioPosts.contains(post),
           !x.contains(where: TypesRule.ranks.contains), !y.contains(where: TypesRule.ranks.contains) { return false }
        if let hx = head(x), let hy = head(y), hx != hy, classOf[hx] == classOf[hy] { return true }
        // "deputy director" / "director": a rank below is another post.
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        if long.count == short.count + 1, long.dropFirst().elementsEqual(short), TypesRule.ranks.contains(long[0]) { return true }
        guard x.count >= 2, y.count >= 2 else { return false }
        let shared = Set(x).intersection(y)
        guard shared.count == 1, let word = shared.first else { return false }
        return (x.last == word && y.last == word) || (x.first == word && y.first == word)
    }

    /// Posts named by a portfolio that may combine several ("Minister of Trade and Industry").
    static let portfolioPosts: Set<String> = ["minister", "secretary"]
    /// Titles written as initials, spelled out.
    static let initials: [String: [String]] = [
        "ceo": ["chief", "executive"], "cfo": ["chief", "financial", "officer"], "coo": ["chief", "operating", "officer"],
        "cto": ["chief", "technology", "officer"], "cio": ["chief", "information", "officer"], "md": ["managing", "director"],
    ]

    /// The phrase's words, house spellings folded, initials spelled out, "chief executive
    /// officer" as "chief executive".
    static func spelledOut(_ phrase: String) -> [String] {
        var words = phrase.split(separator: " ").flatMap { w in initials[w.lowercased()] ?? [SpellingFold.fold(String(w))] }
        if words.suffix(3) == ["chief", "executive", "officer"] { words.removeLast() }
        return words
    }

    /// The phrase's kind in `classOf`: its last two words ("patrol vessel"), or its last word.
    func head(_ words: [String]) -> String? {
        if words.count >= 2, classOf[words.suffix(2).joined(separator: " ")] != nil { return words.suffix(2).joined(separator: " ") }
        return classOf[words.last!] != nil ? words.last : nil
    }
}
