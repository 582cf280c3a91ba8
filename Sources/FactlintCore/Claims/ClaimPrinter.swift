/// What `factlint claims` prints: every claim of a file as JSON Lines, in text order.
///
/// Every figure is a quantity claim, keyed by the `figures` fact it binds to or else by
/// what it measures; times, mentions, types and quotations come from the rules that read
/// them.
public struct ClaimPrinter: Sendable {
    let ruleSet: RuleSet
    let lexicon: Lexicon
    let reader: ClaimReader

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        // New words are appended to a copy: the rules' ids stay valid.
        var lexicon = ruleSet.lexicon
        reader = ClaimReader(lexicon: &lexicon)
        self.lexicon = lexicon
    }

    public enum Outcome: Sendable {
        case lines([String])
        case failure(String)
    }

    /// JSON Lines, or lines for people with `text`.
    public func lines(path: String, text asText: Bool = false) -> Outcome {
        switch FileLoader.load(path) {
        case .failure(let message): return .failure(message)
        case .success(let text):
            switch text.encoding {
            case .binary, .utf16: return .failure("\(path): not UTF-8 text; no claims read")
            default: break
            }
            let d = Document(path: path, text: text, lexicon: lexicon)
            return .lines(claims(in: d).map { asText ? $0.textLine(in: d) : $0.jsonLine(in: d) })
        }
    }

    public func claims(in d: Document) -> [Claim] {
        var claims: [Claim] = []
        for rule in ruleSet.rules {
            guard let source = rule as? ClaimSource else { continue }
            claims += source.claims(in: d)
        }
        // Every figure, once: a figure a fact took keeps the fact's name as its key.
        let bound = Set(claims.filter { $0.kind == .quantity }.map { $0.bytes.lowerBound })
        claims += reader.claims(in: d).filter { !bound.contains($0.bytes.lowerBound) }
        claims.sort(by: Claim.ordered)
        var unique: [Claim] = []
        for c in claims where unique.last != c { unique.append(c) }
        return unique
    }
}
