import Foundation

/// `types`: what the articles call a named thing, with no rules. When several articles
/// agree ("the lunar module Eagle") and one says something that cannot also be true
/// ("the command module Eagle"), the outlier is reported with the majority's locations.
///
/// Two type phrases contradict when both have two or more words and they share their head
/// or their first word but nothing else ("lunar module" / "command module", "chief
/// executive" / "chief financial officer"), or when both heads belong to one class of
/// mutually exclusive kinds (ship types: "aircraft carrier" / "frigate"). "the former
/// president" and "the president" do not contradict. A tie is a note on both sides.
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
         "freighter", "trawler", "ferry", "yacht", "tugboat", "icebreaker"],
        ["ceo", "cfo", "coo", "cto", "cio"],
        ["helicopter", "airliner", "bomber", "drone", "glider", "airship"],
    ]

    public typealias Evidence = [TypePhrase]

    public let meta: RuleMeta
    /// Head word → its exclusive class.
    let classOf: [String: Int]

    public init(meta: RuleMeta, options: Options, context: inout BuildContext) throws {
        self.meta = meta
        var classOf: [String: Int] = [:]
        for (n, group) in (TypesRule.builtInExclusive + options.exclusive).enumerated() {
            for head in group { classOf[head.lowercased()] = n }
        }
        self.classOf = classOf
    }

    public func check(_ document: Document, into findings: inout Findings<Evidence>) {
        findings.evidence.append(TypePhrases.find(in: document))
    }

    public func compare(_ evidence: [Evidence], into diagnostics: inout [Diagnostic]) {
        // Per name: each phrase's articles and places, in article order.
        var byName: [String: [String: [(article: Int, location: SourceLocation)]]] = [:]
        for (a, phrases) in evidence.enumerated() {
            for p in phrases { byName[p.name, default: [:]][p.phrase, default: []].append((a, p.location)) }
        }
        for name in byName.keys.sorted() {
            let phrases = byName[name]!
            let ordered = phrases.keys.sorted()
            for outlier in ordered {
                let mine = phrases[outlier]!
                let myArticles = Set(mine.map(\.article))
                for other in ordered where other != outlier && contradict(outlier, other) {
                    let theirs = phrases[other]!
                    let theirArticles = Set(theirs.map(\.article)).subtracting(myArticles)
                    guard theirArticles.count >= myArticles.count else { continue }
                    let tie = theirArticles.count == myArticles.count
                    let witnesses = theirs.filter { theirArticles.contains($0.article) }.prefix(3)
                    let related = witnesses.map { RelatedLocation($0.location, "called '\(other)' here") }
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

    func contradict(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " ").map(String.init), y = b.split(separator: " ").map(String.init)
        if let cx = classOf[x.last!], let cy = classOf[y.last!], cx == cy, x.last != y.last { return true }
        guard x.count >= 2, y.count >= 2 else { return false }
        let shared = Set(x).intersection(y)
        guard shared.count == 1, let word = shared.first else { return false }
        return (x.last == word && y.last == word) || (x.first == word && y.first == word)
    }
}
