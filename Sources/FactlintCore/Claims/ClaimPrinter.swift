/// What `factlint claims` prints: every claim of a file as JSON Lines, in text order.
///
/// Quantities come from the loaded `figures` rules (keyed by the fact they bind to) or,
/// without one, from a plain reader (keyed by what they measure); times, mentions,
/// types and quotations from the rules that read them.
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

    public func lines(path: String) -> Outcome {
        switch FileLoader.load(path) {
        case .failure(let message): return .failure(message)
        case .success(let text):
            switch text.encoding {
            case .binary, .utf16: return .failure("\(path): not UTF-8 text; no claims read")
            default: break
            }
            let d = Document(path: path, text: text, lexicon: lexicon)
            return .lines(claims(in: d).map { $0.jsonLine(in: d) })
        }
    }

    public func claims(in d: Document) -> [Claim] {
        var claims: [Claim] = []
        var figures = false
        for rule in ruleSet.rules {
            guard let source = rule as? ClaimSource else { continue }
            if rule is FiguresRule { figures = true }
            claims += source.claims(in: d)
        }
        if !figures { claims += reader.claims(in: d) }
        claims.sort(by: Claim.ordered)
        var unique: [Claim] = []
        for c in claims where unique.last != c { unique.append(c) }
        return unique
    }
}
