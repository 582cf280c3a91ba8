/// A mention of a declared entity: its tokens and the entity's index.
public struct Mention: Sendable, Equatable {
    public var tokens: Range<Int>
    public var entity: Int
}

/// Finds entity mentions with the shared phrase matcher. An alias written with a capital
/// ("Trump") matches only capitalized text, so the verb "trump" is no mention; a
/// descriptive alias ("the premier") matches in any case.
struct MentionFinder: Sendable {
    private var matcher = PhraseMatcher()
    private var capitalized: [Bool] = [] // per alias payload
    private var entityOf: [Int] = []

    mutating func add(_ alias: String, entity: Int, lexicon: inout Lexicon) {
        matcher.add(alias, payload: entityOf.count, lexicon: &lexicon)
        capitalized.append(alias.first?.isUppercase == true)
        entityOf.append(entity)
    }

    func mentions(in d: Document) -> [Mention] {
        var result: [Mention] = []
        for match in matcher.matches(d.tokens) {
            let alias = match.payloads[0]
            if capitalized[alias] && !d.tokens[match.tokens.lowerBound].has(.capitalized) { continue }
            result.append(Mention(tokens: match.tokens, entity: entityOf[alias]))
        }
        return result
    }
}
